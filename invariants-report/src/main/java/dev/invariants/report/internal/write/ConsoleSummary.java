package dev.invariants.report.internal.write;

import dev.invariants.report.Report;
import dev.invariants.report.ReportInvariant;
import dev.invariants.report.ReportTest;
import dev.invariants.report.Signal;
import dev.invariants.report.Signals;
import dev.invariants.report.Status;
import dev.invariants.report.Summary;
import java.nio.file.Path;
import java.util.List;

/** The lines printed at the end of a run: counts, each unchecked invariant with its clickable location, vacuous tests, the page. */
public final class ConsoleSummary {

    /** The prefix of every line, shared with warnings. */
    public static final String PREFIX = "[invariants] ";

    private ConsoleSummary() {}

    /** The summary; {@code html} is the page's path, or {@code null} when it could not be written (no link is printed). */
    public static String render(Report report, Path html) {
        Summary s = report.summary();
        StringBuilder out = new StringBuilder();
        out.append(PREFIX).append(s.declared()).append(s.declared() == 1 ? " invariant: " : " invariants: ")
                .append(s.checked()).append(" checked, ").append(s.unchecked()).append(" unchecked, ")
                .append(s.violated()).append(" violated, ").append(s.broken()).append(" broken; coverage ")
                .append(s.coveragePercent()).append(" over ").append(s.tests()).append(s.tests() == 1 ? " test" : " tests");
        if (report.parts() > 1) {
            out.append(" from ").append(report.parts()).append(" JVMs");
        }
        out.append('\n');
        report.missing().forEach(m -> out.append(PREFIX).append("missing: ").append(m).append('\n'));
        section(out, report, "unchecked", report.withStatus(Status.UNCHECKED));
        section(out, report, "broken", report.withStatus(Status.BROKEN));
        section(out, report, "violated", report.withStatus(Status.VIOLATED));
        signals(out, report, "exercised only on the happy path", Signal.HAPPY_PATH_ONLY);
        signals(out, report, "never near their edge", Signal.FAR_FROM_BOUNDARY);
        if (!report.assertionsCounted()) {
            // Said once, so nobody reads "no vacuous tests" into a report that cannot know.
            out.append(PREFIX).append("vacuous tests: not determined (assertions are not counted)\n");
        } else {
            tests(out, "vacuous tests (no assertion, no invariant checked)", report.vacuousTests());
            tests(out, "tests whose only assertions are not-null checks", report.notNullOnlyTests());
        }
        if (!report.testsWithUnverifiedClaims().isEmpty()) {
            out.append(PREFIX).append("tests claiming invariants they never checked (@Verifies):\n");
            report.testsWithUnverifiedClaims().forEach(t -> out.append("    ").append(t.label()).append(": ")
                    .append(String.join(", ", Signals.unverifiedClaims(report, t))).append('\n'));
        }
        if (!report.claimErrors().isEmpty()) {
            out.append(PREFIX).append("@Verifies ids that name no declared invariant:\n");
            report.claimErrors().forEach(e -> out.append("    ").append(e).append('\n'));
        }
        if (s.unattributedEvaluations() > 0) {
            out.append(PREFIX).append(s.unattributedEvaluations())
                    .append(" evaluations could not be credited to a single test (other threads while several tests ran)\n");
        }
        if (html == null) {
            out.append(PREFIX).append("report: not written (see the warning above)\n");
        } else {
            out.append(PREFIX).append("report: ").append(html.toAbsolutePath().normalize().toUri()).append('\n');
        }
        return out.toString();
    }

    private static void section(StringBuilder out, Report report, String title, List<ReportInvariant> invariants) {
        if (invariants.isEmpty()) {
            return;
        }
        out.append(PREFIX).append(title).append(":\n");
        for (ReportInvariant invariant : invariants) {
            line(out, invariant);
            Signals.of(report, invariant).stream().filter(s -> s.kind().equals(Signal.MOCKED_AWAY))
                    .forEach(s -> out.append("        ").append(s.message()).append('\n'));
        }
    }

    private static void signals(StringBuilder out, Report report, String title, String kind) {
        List<ReportInvariant> flagged = report.withSignal(kind);
        if (flagged.isEmpty()) {
            return;
        }
        out.append(PREFIX).append(title).append(":\n");
        for (ReportInvariant invariant : flagged) {
            out.append("    ").append(invariant.id()).append(" at ").append(invariant.location()).append('\n');
            Signals.of(report, invariant).stream().filter(s -> s.kind().equals(kind))
                    .forEach(s -> out.append("        ").append(s.message()).append('\n'));
        }
    }

    private static void tests(StringBuilder out, String title, List<ReportTest> tests) {
        if (tests.isEmpty()) {
            return;
        }
        out.append(PREFIX).append(title).append(":\n");
        tests.forEach(t -> out.append("    ").append(t.label()).append('\n'));
    }

    /** {@code    premium-fee-cap  at com.acme.FeeCalculator.calculateFee(FeeCalculator.java:31)}: IDEs link the location. */
    static void line(StringBuilder out, ReportInvariant invariant) {
        out.append("    ").append(invariant.id()).append(" at ").append(invariant.location()).append('\n');
        for (String problem : invariant.problems()) {
            // A problem of several lines (an expression that threw: its test and values) stays under its invariant.
            out.append("        ").append(problem.replace("\n", "\n        ")).append('\n');
        }
    }
}
