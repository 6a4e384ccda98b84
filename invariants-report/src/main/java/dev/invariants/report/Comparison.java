package dev.invariants.report;

/**
 * One numeric comparison of a {@code post} expression, {@code left operator right}, whose two sides the
 * runtime evaluates as numbers so the report can say how close any test came to the edge.
 * {@code a.compareTo(b) <= 0} is read as {@code a <= b}.
 *
 * @param text     the comparison as written, without the parentheses around it
 * @param left     the left side as written, without the parentheses around it
 * @param operator {@code <}, {@code <=}, {@code >} or {@code >=}
 * @param right    the right side as written, without the parentheses around it
 */
public record Comparison(String text, String left, String operator, String right) {

    /** A test came near the edge when the slack was at most this fraction of the larger side. */
    public static final double NEAR_FRACTION = 0.01;

    /** How far the comparison held: {@code right - left} for {@code <}/{@code <=}, else {@code left - right}; negative when it failed. */
    public double slack(double leftValue, double rightValue) {
        return operator.charAt(0) == '<' ? rightValue - leftValue : leftValue - rightValue;
    }

    /**
     * The slack measured in edge widths: at most 1 is near the edge. One edge width is 1% of the larger
     * side's magnitude, and at least 1 when both sides are whole numbers (the step between integers, so
     * {@code balance >= 0} with a balance of 1 is at its edge).
     */
    public double distance(double leftValue, double rightValue) {
        double slack = slack(leftValue, rightValue);
        if (slack <= 0) {
            return slack;
        }
        double width = NEAR_FRACTION * Math.max(Math.abs(leftValue), Math.abs(rightValue));
        if (leftValue == Math.rint(leftValue) && rightValue == Math.rint(rightValue)) {
            width = Math.max(width, 1);
        }
        return width == 0 ? Double.POSITIVE_INFINITY : slack / width;
    }

    /** Whether an observation with these values was near the edge (see {@link #distance}). */
    public boolean near(double leftValue, double rightValue) {
        return distance(leftValue, rightValue) <= 1;
    }
}
