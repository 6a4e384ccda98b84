package com.acme;

import dev.invariants.Invariant;

public final class Fees {

    @Invariant(id = "fee-non-negative", pre = "amount >= 0", post = "result >= 0")
    public long fee(long amount) {
        return amount / 50;
    }
}
