package dev.invariants.property.internal.engine;

/** A try: the choices it used and how it ended. */
public record Attempt(long[] choices, TryOutcome outcome) {

    public static Attempt run(Property property, ChoiceRecorder recorder) {
        TryOutcome outcome;
        try {
            outcome = property.check(recorder);
        } catch (Rejection rejection) {
            outcome = TryOutcome.reject(rejection.getMessage());
        }
        return new Attempt(recorder.recorded(), outcome);
    }
}
