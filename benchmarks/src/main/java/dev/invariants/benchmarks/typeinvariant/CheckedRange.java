package dev.invariants.benchmarks.typeinvariant;

import dev.invariants.Invariant;

/** The same rule as a type invariant: checked after the constructor and after every outermost public call. */
@Invariant(id = "range-ordered", post = "low <= high")
public class CheckedRange {

    private long low;
    private long high = 1;

    public long widen(long by) {
        low -= by;
        high += by;
        return high - low;
    }
}
