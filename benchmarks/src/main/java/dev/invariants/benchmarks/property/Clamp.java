package dev.invariants.benchmarks.property;

import dev.invariants.Invariant;

/** A simple pure method with a precondition the analysis recognises entirely. */
public final class Clamp {

    private Clamp() {
    }

    @Invariant(id = "clamp-in-range", pre = "low <= high && value >= -1000 && value <= 1000",
            post = "result >= low && result <= high")
    public static int clamp(int value, int low, int high) {
        return Math.max(low, Math.min(high, value));
    }
}
