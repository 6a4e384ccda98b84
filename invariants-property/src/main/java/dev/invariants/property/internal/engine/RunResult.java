package dev.invariants.property.internal.engine;

import java.util.List;

/**
 * The end of a run.
 *
 * @param failure the shrunk failing try, or {@code null} when none failed
 * @param originalChoices how many choices the first failing try used, before shrinking
 * @param remembered whether the failure came from an example remembered by an earlier run
 * @param others the failures found beside the first that fail another way (another failure key), each shrunk on
 *     its own; their statistics are the run's
 * @param health tries left behind at their deadline, and whether the time budget ended the run
 */
public record RunResult(Attempt failure, int originalChoices, boolean remembered, Statistics statistics,
        List<RunResult> others, Health health) {

    /** Copies the other failures. */
    public RunResult {
        others = List.copyOf(others);
    }

    /** A run with at most one failure, in good health. */
    public RunResult(Attempt failure, int originalChoices, boolean remembered, Statistics statistics) {
        this(failure, originalChoices, remembered, statistics, List.of(), Health.GOOD);
    }

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
