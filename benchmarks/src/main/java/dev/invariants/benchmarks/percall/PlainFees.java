package dev.invariants.benchmarks.percall;

/** The method without any check: the baseline. */
public class PlainFees {

    public long addFee(long amount) {
        return amount + amount / 100;
    }
}
