package dev.invariants.report;

/**
 * Why an invariant that the run exercised, or left unchecked, deserves a second look.
 *
 * @param kind    {@link #HAPPY_PATH_ONLY}, {@link #FAR_FROM_BOUNDARY}, {@link #COULD_NOT_BE_FALSIFIED},
 *                {@link #UNTRIED_COMBINATION} or
 *                {@link #MOCKED_AWAY}
 * @param message what was seen, one line, for people
 */
public record Signal(String kind, String message) {

    /** Only the valid path ran: {@code pre} was never false, or a {@code raises} exception never observed. */
    public static final String HAPPY_PATH_ONLY = "happy-path-only";
    /** A numeric comparison of {@code post} never came near its edge. */
    public static final String FAR_FROM_BOUNDARY = "far-from-boundary";
    /**
     * The generated property tests substituted many values into the {@code post} and it held for every one: it
     * likely checks nothing (a tautology such as {@code result == result}); see docs/generation.md.
     */
    public static final String COULD_NOT_BE_FALSIFIED = "could-not-be-falsified";
    /**
     * Checked, but some pair of classes of two inputs (see {@link Combinations}) was never tried together by the
     * written tests with {@code pre} held: a suite that varies one field at a time.
     */
    public static final String UNTRIED_COMBINATION = "untried-combination";
    /** Unchecked, and some test mocked or spied the declaring type. */
    public static final String MOCKED_AWAY = "mocked-away";
}
