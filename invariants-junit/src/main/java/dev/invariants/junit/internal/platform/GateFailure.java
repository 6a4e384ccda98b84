package dev.invariants.junit.internal.platform;

/**
 * Thrown when the launcher session closes and the report does not pass {@code invariants.gate.min-coverage}.
 * An {@link AssertionError}, so build tools report it as a failed run, with the message naming every offender.
 */
public final class GateFailure extends AssertionError {

    private static final long serialVersionUID = 1L;

    public GateFailure(String message) {
        super(message);
    }
}
