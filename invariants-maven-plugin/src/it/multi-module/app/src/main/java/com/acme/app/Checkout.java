package com.acme.app;

import dev.invariants.Invariant;

public final class Checkout {

    @Invariant(id = "total-non-negative", post = "result >= 0")
    public long total(long price, int quantity) {
        return price * quantity;
    }
}
