package com.acme;

import dev.invariants.Invariant;

public final class Fees {

    @Invariant(id = "fee-capped", post = "result <= 250")
    @Invariant(id = "fee-positive", pre = "amount > 0", post = "result > 0")
    public int fee(int amount) {
        if (amount > 2500) {
            return 250;
        }
        return amount / 10;
    }

    public int discounted(int fee) {
        return fee - 5;
    }
}
