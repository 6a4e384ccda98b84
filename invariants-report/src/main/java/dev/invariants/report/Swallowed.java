package dev.invariants.report;

/**
 * A violation the code under test swallowed: it happened in a test (or a container's set-up) that still
 * finished successfully, or on a thread no single test could be credited with, so nothing failed for it
 * (a server thread turning it into an HTTP 500, a {@code catch (Exception)}, a future nobody joined).
 *
 * @param invariant the violated invariant
 * @param where     what it happened in, as messages name it ({@code OrderTests.placesOrder()}), or a sentence
 *                  saying no single test could be credited with it
 * @param message   the violation's message with its values; {@code null} when the report kept none
 */
public record Swallowed(ReportInvariant invariant, String where, String message) {}
