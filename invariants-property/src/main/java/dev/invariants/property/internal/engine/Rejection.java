package dev.invariants.property.internal.engine;

/** Thrown to abandon a try whose choices cannot make a valid input. Carries no stack trace: it is control flow. */
public final class Rejection extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Rejection(String reason) {
        super(reason, null, false, false);
    }
}
