package dev.invariants.benchmarks.typeinvariant;

/** The same class invariant checked by hand at the end of the public method. */
public class HandCheckedRange {

    private long low;
    private long high = 1;

    public long widen(long by) {
        low -= by;
        high += by;
        if (low > high) {
            throw new AssertionError("range-ordered violated: low=" + low + ", high=" + high);
        }
        return high - low;
    }
}
