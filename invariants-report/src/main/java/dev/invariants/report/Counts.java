package dev.invariants.report;

/**
 * How often evaluations of one invariant had each outcome.
 *
 * @param preFailed {@code pre} was false on entry, the call proceeded unchecked
 * @param passed    {@code pre} held and the invariant held
 * @param violated  {@code pre} held and the invariant did not
 * @param threw     {@code pre} held and the call threw, which a {@code post}-only invariant neither passes nor violates
 * @param broken    the expression threw or the definition is broken
 */
public record Counts(long preFailed, long passed, long violated, long threw, long broken) {

    public static final Counts ZERO = new Counts(0, 0, 0, 0, 0);

    /** Counts from the recorder's outcome order: pre failed, passed, violated, threw, broken. */
    public static Counts of(long[] byOutcome) {
        return new Counts(byOutcome[0], byOutcome[1], byOutcome[2], byOutcome[3], byOutcome[4]);
    }

    /** Evaluations whose guard held: passed, violated or threw. */
    public long preHeld() {
        return passed + violated + threw;
    }

    /** Evaluations that checked the invariant: passed or violated. */
    public long checks() {
        return passed + violated;
    }

    public boolean isZero() {
        return preFailed == 0 && passed == 0 && violated == 0 && threw == 0 && broken == 0;
    }

    public Counts plus(Counts other) {
        return new Counts(preFailed + other.preFailed, passed + other.passed, violated + other.violated,
                threw + other.threw, broken + other.broken);
    }
}
