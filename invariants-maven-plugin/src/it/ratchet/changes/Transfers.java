package com.acme;

import dev.invariants.Invariant;

/** New code of a pull request, with an invariant no test checks. */
public final class Transfers {

    @Invariant(id = "transfer-positive", post = "result > 0")
    public long transfer(long cents) {
        return cents;
    }
}
