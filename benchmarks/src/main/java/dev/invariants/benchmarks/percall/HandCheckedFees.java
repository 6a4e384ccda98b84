package dev.invariants.benchmarks.percall;

/** The same rule checked by hand, the way a careful developer would write it inline. */
public class HandCheckedFees {

    public long addFee(long amount) {
        boolean pre = amount >= 0;
        long result = amount + amount / 100;
        if (pre && result < amount) {
            throw new AssertionError("fee-added violated: amount=" + amount + ", result=" + result);
        }
        return result;
    }
}
