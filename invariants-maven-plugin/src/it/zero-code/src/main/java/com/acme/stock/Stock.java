package com.acme.stock;

import dev.invariants.Invariant;

// A type invariant (tested by call sequences), a constructor invariant and a method invariant: one generated test each.
@Invariant(id = "stock-non-negative", post = "count >= 0")
public final class Stock {

    private long count; // a long: no sequence of calls within reach of a test overflows it

    @Invariant(id = "stock-starts-at", pre = "initial >= 0", post = "count == initial")
    public Stock(int initial) {
        this.count = Math.max(0, initial);
    }

    @Invariant(id = "receive-adds", pre = "qty > 0 && qty < 1000", post = "count == old(count) + qty")
    public void receive(int qty) {
        if (qty > 0 && qty < 1000) {
            count += qty;
        }
    }

    public long count() {
        return count;
    }
}
