package dev.invariants.junit;

import org.opentest4j.AssertionFailedError;

/**
 * Thrown by checked code when an {@code @Invariant} does not hold, so the test that made the call
 * fails. Its message names the invariant, what failed ({@code pre} in enforce mode, {@code post},
 * {@code raises} or the type invariant), the source location in a form IDEs turn into a link, the
 * expression, and the values it was evaluated with:
 *
 * <pre>
 * Invariant [fee-non-negative] violated: post does not hold
 *   at com.acme.FeeCalculator.calculateFee(FeeCalculator.java:31)
 *   expected: result.signum() &gt;= 0
 *   values:
 *     amount = [100.00]
 *     result = [-1.00]
 * </pre>
 *
 * <p>It is an {@link AssertionFailedError}, so every build tool and IDE reports it as a test
 * failure, and an {@link Error}, so production code that catches {@code Exception} cannot swallow it.
 */
public final class InvariantViolationError extends AssertionFailedError {

    private static final long serialVersionUID = 1L;

    private final String invariantId;

    /**
     * Creates the error; only the runtime of {@code invariants} does.
     *
     * @param invariantId the id of the violated invariant
     * @param message     the complete message
     * @param cause       the exception the checked call threw, or {@code null}
     */
    public InvariantViolationError(String invariantId, String message, Throwable cause) {
        super(message, cause);
        this.invariantId = invariantId;
    }

    /**
     * The id of the violated invariant, as declared or defaulted ({@code SimpleClassName.member#n}).
     *
     * @return the invariant id
     */
    public String invariantId() {
        return invariantId;
    }
}
