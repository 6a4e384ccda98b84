package dev.invariants.benchmarks.startup.suite;

import dev.invariants.Invariant;

public interface FeeSchedule {

    @Invariant(id = "fee-bounded", pre = "amount >= 0", post = "result >= 0 && result <= amount")
    long fee(long amount);

    static FeeSchedule flat(long percent) {
        return amount -> amount * percent / 100;
    }
}
