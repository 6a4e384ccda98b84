package dev.invariants.report;


/**
 * How close the tests came to the edge of one numeric comparison of a {@code post}.
 *
 * @param index      the comparison's position among those {@code Comparisons.of} finds, from 0
 * @param comparison the comparison as {@link Comparison} describes it
 * @param closest    the observation closest to the edge, {@code null} when none was recorded
 */
public record BoundaryEvidence(int index, Comparison comparison, Observation closest) {

    /**
     * Both sides' values at the closest observation, and whom it is credited to.
     *
     * @param test the unique id of the test or container, {@code null} when unattributed
     */
    public record Observation(double left, double right, String test) {}

    /** {@code right - left} (or the reverse for {@code >}, {@code >=}) at the closest observation. */
    public double slack() {
        return closest == null ? Double.NaN : comparison.slack(closest.left(), closest.right());
    }

    /** Whether the closest observation was near the edge; {@code false} when there is none. */
    public boolean near() {
        return closest != null && comparison.near(closest.left(), closest.right());
    }
}
