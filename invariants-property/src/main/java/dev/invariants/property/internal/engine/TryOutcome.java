package dev.invariants.property.internal.engine;

/**
 * How one try ended. A failure carries a key: shrinking keeps only candidates failing the same way,
 * so it cannot slip from one bug to another.
 */
public record TryOutcome(Kind kind, String detail, Throwable cause, String counterexample) {

    public enum Kind { PASS, REJECT, FAIL, TOO_SLOW }

    /** The health check of a try still running at its deadline. */
    public static final String TOO_SLOW = "too-slow";

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

    /** A try left behind at its deadline; {@code input} is what it was running, as far as it got. */
    public static TryOutcome tooSlow(String input) {
        return new TryOutcome(Kind.TOO_SLOW, TOO_SLOW, null, input);
    }

    public boolean failed() {
        return kind == Kind.FAIL;
    }
}
