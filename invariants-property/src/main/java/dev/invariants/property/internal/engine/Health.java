package dev.invariants.property.internal.engine;

/**
 * What kept a run from trying everything it meant to.
 *
 * @param tooSlow the first try left behind at its deadline (its input as far as it got), or {@code null}
 * @param slowTries how many tries (shrink candidates included) were left behind
 * @param outOfTime whether the property's time budget ended the run early
 */
public record Health(Attempt tooSlow, int slowTries, boolean outOfTime) {
    /** Nothing kept the run short. */
    public static final Health GOOD = new Health(null, 0, false);
}
