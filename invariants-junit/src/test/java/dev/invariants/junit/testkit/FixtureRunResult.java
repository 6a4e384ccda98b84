package dev.invariants.junit.testkit;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of a {@link FixtureRun}.
 *
 * @param tests        every test (not container) that finished, in order
 * @param output       everything printed to standard output during the session, close included
 * @param closeFailure what the session threw when it closed (the gate), or {@code null}
 */
public record FixtureRunResult(List<TestResult> tests, String output, Throwable closeFailure) {

    /** The one test whose display name is {@code displayName}; fails when there is not exactly one. */
    public TestResult test(String displayName) {
        List<TestResult> matching = tests.stream().filter(t -> t.displayName().equals(displayName)).toList();
        if (matching.size() != 1) {
            throw new AssertionError("expected one test named [" + displayName + "] but found " + matching.size()
                    + " among " + tests.stream().map(TestResult::displayName).collect(Collectors.toList()));
        }
        return matching.get(0);
    }

    /** The tests that did not succeed. */
    public List<TestResult> failures() {
        return tests.stream().filter(t -> !t.successful()).toList();
    }
}
