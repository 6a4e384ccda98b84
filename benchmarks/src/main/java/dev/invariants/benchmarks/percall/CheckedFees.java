package dev.invariants.benchmarks.percall;

import dev.invariants.Invariant;

/** The same rule as an invariant, woven and checked by invariants-junit. */
public class CheckedFees {

    @Invariant(id = "fee-added", pre = "amount >= 0", post = "result >= amount")
    public long addFee(long amount) {
        return amount + amount / 100;
    }
}
