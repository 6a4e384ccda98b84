package dev.invariants.benchmarks.typeinvariant;

/** The class without any check: the baseline. */
public class PlainRange {

    private long low;
    private long high = 1;

    public long widen(long by) {
        low -= by;
        high += by;
        return high - low;
    }
}
