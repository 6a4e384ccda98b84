package com.acme.fees;

import dev.invariants.Invariant;

// No test loads this class: only a scan of the module path declares its invariant.
public final class Refunds {

    @Invariant(id = "refund-bounded", post = "result <= amount")
    public long refund(long amount) {
        return amount;
    }
}
