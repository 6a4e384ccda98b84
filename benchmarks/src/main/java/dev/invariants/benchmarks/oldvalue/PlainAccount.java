package dev.invariants.benchmarks.oldvalue;

/** The method without any check: the baseline. */
public class PlainAccount {

    private long balance;

    public long deposit(long amount) {
        balance += amount;
        return balance;
    }
}
