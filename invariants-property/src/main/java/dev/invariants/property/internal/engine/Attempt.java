package dev.invariants.property.internal.engine;

/**
 * A try: the choices it used, how it ended, and the spans its generators marked ({@link ChoiceRecorder#span}: start
 * and end of each, flattened).
 */
public record Attempt(long[] choices, TryOutcome outcome, int[] spans) {
    private static final int[] NONE = new int[0];

    public Attempt(long[] choices, TryOutcome outcome) {
        this(choices, outcome, NONE);
    }

    public static Attempt run(Property property, ChoiceRecorder recorder) {
        TryOutcome outcome;
        try {
            outcome = property.check(recorder);
        } catch (Rejection rejection) {
            outcome = TryOutcome.reject(rejection.getMessage());
        }
        return new Attempt(recorder.recorded(), outcome, recorder.spans());
    }
}
