package dev.invariants.property.internal.engine;

/**
 * How one try ended. A failure carries a key: shrinking keeps only candidates failing the same way,
 * so it cannot slip from one bug to another.
 */
public record TryOutcome(Kind kind, String detail, Throwable cause, String counterexample) {

    public enum Kind { PASS, REJECT, FAIL }

    /** In a failure key: the failing sequence needed a call outside that method's {@code pre}. */
    public static final String OUTSIDE_PRE = "outside its pre";

    public static TryOutcome pass() {
        return new TryOutcome(Kind.PASS, "", null, "");
    }

    public static TryOutcome reject(String reason) {
        return new TryOutcome(Kind.REJECT, reason, null, "");
    }

    public static TryOutcome fail(String failureKey, Throwable cause, String counterexample) {
        return new TryOutcome(Kind.FAIL, failureKey, cause, counterexample);
    }

    public boolean failed() {
        return kind == Kind.FAIL;
    }
}
