package dev.invariants.report;

/**
 * Why an invariant that the run exercised, or left unchecked, deserves a second look.
 *
 * @param kind    {@link #HAPPY_PATH_ONLY}, {@link #FAR_FROM_BOUNDARY} or {@link #MOCKED_AWAY}
 * @param message what was seen, one line, for people
 */
public record Signal(String kind, String message) {

    /** Only the valid path ran: {@code pre} was never false, or a {@code raises} exception never observed. */
    public static final String HAPPY_PATH_ONLY = "happy-path-only";
    /** A numeric comparison of {@code post} never came near its edge. */
    public static final String FAR_FROM_BOUNDARY = "far-from-boundary";
    /** Unchecked, and some test mocked or spied the declaring type. */
    public static final String MOCKED_AWAY = "mocked-away";
}
