package dev.invariants.report;

/**
 * The first violation of one invariant in one test, container or on a thread no single test could be
 * credited with, with the message users saw (or would have seen) in the test's failure.
 *
 * @param invariant the invariant's id
 * @param test      the unique id of the test or container it happened in, {@code null} when unattributed
 * @param message   the violation's message: which part failed, the location, the expression and the values
 */
public record Violation(String invariant, String test, String message) {}
