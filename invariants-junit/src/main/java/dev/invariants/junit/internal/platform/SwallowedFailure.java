package dev.invariants.junit.internal.platform;

import dev.invariants.junit.InvariantsConfiguration;
import dev.invariants.report.Report;
import dev.invariants.report.Swallowed;
import dev.invariants.report.internal.write.ConsoleSummary;
import java.util.List;

/**
 * Thrown when the launcher session closes and a violation was swallowed: the test it happened in passed (a
 * server thread turned it into an HTTP 500, a {@code catch (Exception)} or a future caught it), so no test
 * result shows it. The run fails here instead, naming each invariant, the test and the values, unless
 * {@code invariants.violations.swallowed=warn}. An {@link AssertionError}, like {@link GateFailure}.
 */
final class SwallowedFailure extends AssertionError {

    private static final long serialVersionUID = 1L;

    private SwallowedFailure(String message) {
        super(message);
    }

    /** The failure for this JVM's part of the report, or {@code null} when nothing was swallowed. */
    static SwallowedFailure of(Report part) {
        List<Swallowed> swallowed = part.swallowed();
        return swallowed.isEmpty() ? null : new SwallowedFailure(message(swallowed, true));
    }

    /** The warning printed instead of failing, or {@code null} when nothing was swallowed. */
    static String warning(Report part) {
        List<Swallowed> swallowed = part.swallowed();
        return swallowed.isEmpty() ? null : message(swallowed, false);
    }

    static String message(List<Swallowed> swallowed, boolean fails) {
        boolean one = swallowed.size() == 1;
        StringBuilder text = new StringBuilder().append(swallowed.size())
                .append(one ? " invariant violation was" : " invariant violations were")
                .append(" swallowed: the code under test caught ").append(one ? "it" : "them")
                .append(" (a server answering 500, a catch (Throwable), a future) and nothing failed; ");
        if (fails) {
            text.append("the run fails (").append(InvariantsConfiguration.VIOLATIONS_SWALLOWED)
                    .append("=warn makes this a warning)\n");
        } else {
            text.append("reported only (").append(InvariantsConfiguration.VIOLATIONS_SWALLOWED).append("=warn)\n");
        }
        ConsoleSummary.swallowed(text, swallowed);
        return text.toString().stripTrailing();
    }
}
