package dev.invariants.junit.testkit;

import org.junit.platform.engine.TestExecutionResult;

/**
 * What a user sees of one test: its name, status and failure.
 *
 * @param uniqueId    the JUnit Platform unique id
 * @param displayName the display name, e.g. {@code capsPremiumFees()}
 * @param status      successful, failed or aborted
 * @param failure     the throwable it failed with, or {@code null}
 */
public record TestResult(String uniqueId, String displayName, TestExecutionResult.Status status, Throwable failure) {

    /** The failure's message, or {@code null} when the test did not fail. */
    public String failureMessage() {
        return failure == null ? null : failure.getMessage();
    }

    public boolean successful() {
        return status == TestExecutionResult.Status.SUCCESSFUL;
    }
}
