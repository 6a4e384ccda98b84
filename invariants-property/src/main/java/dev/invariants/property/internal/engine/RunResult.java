package dev.invariants.property.internal.engine;

/**
 * The end of a run.
 *
 * @param failure the shrunk failing try, or {@code null} when none failed
 * @param originalChoices how many choices the first failing try used, before shrinking
 * @param remembered whether the failure came from an example remembered by an earlier run
 */
public record RunResult(Attempt failure, int originalChoices, boolean remembered, Statistics statistics) {

    public boolean failed() {
        return failure != null;
    }

    public TryOutcome outcome() {
        return failure.outcome();
    }

    public long[] choices() {
        return failure.choices().clone();
    }
}
