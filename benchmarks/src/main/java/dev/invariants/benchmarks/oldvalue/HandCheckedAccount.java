package dev.invariants.benchmarks.oldvalue;

/** The same rule checked by hand: the old balance kept in a local. */
public class HandCheckedAccount {

    private long balance;

    public long deposit(long amount) {
        boolean pre = amount > 0;
        long before = balance;
        balance += amount;
        if (pre && balance != before + amount) {
            throw new AssertionError("deposit-adds violated: old balance=" + before + ", amount=" + amount + ", balance=" + balance);
        }
        return balance;
    }
}
