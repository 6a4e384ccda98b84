package dev.invariants.junit.spi;

import java.util.List;

/**
 * What one observed call did, and every outcome recorded on its thread while it ran.
 *
 * @param result           what the call returned, {@code null} when it threw
 * @param thrown           what the call itself threw, {@code null} when it returned or when the throwable was ours
 * @param ours             a violation of the runtime that ended the call, else {@code null}
 * @param definitionError  always {@code false}: a definition error no longer ends the call (the outcome is
 *                         {@code BROKEN} with its reason, and the session fails when it closes); kept for callers
 * @param outcomes         every recorded outcome, in recording order (the outermost call's exit last)
 */
public record ObservedCall(Object result, Throwable thrown, Throwable ours, boolean definitionError,
        List<Outcome> outcomes) {

    public ObservedCall {
        outcomes = List.copyOf(outcomes);
    }

    /**
     * One recorded outcome of one invariant.
     *
     * @param invariant    the invariant
     * @param status       what its evaluation came to
     * @param violation    the first violation built for it during the call, or {@code null}
     * @param brokenReason why it first broke during the call, or {@code null}
     */
    public record Outcome(InvariantDefinition invariant, Status status, Throwable violation, String brokenReason) {}

    /** What one evaluation came to, as the report counts it. */
    public enum Status {
        /** {@code pre} was false. */
        PRE_FAILED,
        /** Checked and held. */
        PASSED,
        /** Checked and did not hold. */
        VIOLATED,
        /** {@code pre} held and the call threw: not a check of a {@code post}-only invariant. */
        THREW,
        /** The expression could not be evaluated, or the invariant not compiled. */
        BROKEN
    }
}
