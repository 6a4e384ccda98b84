package dev.invariants.property.spi;

import java.util.Objects;

/**
 * What one invariant said about one call.
 *
 * @param invariantId the id of the invariant
 * @param status the outcome
 * @param failure the {@code InvariantViolationError} for {@link Status#VIOLATED}, the expression's
 *     exception for {@link Status#BROKEN}, otherwise {@code null}
 */
public record Verdict(String invariantId, Status status, Throwable failure) {

    /**
     * Checks the components.
     *
     * @param invariantId the id
     * @param status the status
     * @param failure the failure or {@code null}
     */
    public Verdict {
        Objects.requireNonNull(invariantId, "invariantId");
        Objects.requireNonNull(status, "status");
    }

    /** The outcomes of evaluating one invariant on one call, as the runtime records them. */
    public enum Status {
        /** {@code pre} was false: the invariant did not apply. */
        PRE_FAILED,
        /** {@code pre} held and the invariant held. */
        PASSED,
        /** {@code pre} held and the invariant did not hold. */
        VIOLATED,
        /** {@code pre} held, the call threw and the invariant has only a {@code post}: no check. */
        THREW,
        /** The expression threw or the definition is broken. */
        BROKEN
    }
}
