package dev.invariants.report.internal.write;

import dev.invariants.report.Report;
import dev.invariants.report.ReportInvariant;
import dev.invariants.report.ReportTest;
import dev.invariants.report.Signal;
import dev.invariants.report.Signals;
import dev.invariants.report.Status;
import dev.invariants.report.Summary;
import dev.invariants.report.Swallowed;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The lines printed at the end of a run, in a fixed shape that fits a screen whatever the suite's size: one
 * line of counts; the problems in full (violated, broken, then {@code @Verifies} ids naming nothing); at most
 * {@code limit} unchecked invariants and at most {@code limit} tests of each flagged kind, with how many more
 * the page lists; each signal kind once, with its count; the page. No list is printed twice.
 */
public final class ConsoleSummary {

    /** The prefix of every line, shared with warnings. */
    public static final String PREFIX = "[invariants] ";

    /** How many unchecked invariants, and tests of each flagged kind, are listed when nobody says otherwise. */
    public static final int DEFAULT_LIMIT = 10;

    private ConsoleSummary() {}

    /** The summary; {@code html} is the page's path, or {@code null} when it could not be written (no link is printed). */
    public static String render(Report report, Path html) {
        return render(report, html, DEFAULT_LIMIT);
    }

    /**
     * @param html  the page's path, or {@code null} when it could not be written (no link is printed)
     * @param limit how many unchecked invariants and flagged tests of each kind to list; the rest are counted
     */
    public static String render(Report report, Path html, int limit) {
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
        if (report.baseline() != null) {
            // The ratchet's delta, once: the gate's failure lists the regressions with their locations.
            out.append(PREFIX).append(report.baseline().line()).append('\n');
        }
        // Problems first and in full: each is something to fix now; swallowed violations before all, since
        // nothing else in the build shows them.
        List<Swallowed> swallowed = report.swallowed();
        if (!swallowed.isEmpty()) {
            out.append(PREFIX).append("violations swallowed by the code under test, nothing failed for them (")
                    .append(swallowed.size()).append("):\n");
            swallowed(out, swallowed);
        }
        invariants(out, "violated", report.withStatus(Status.VIOLATED), Integer.MAX_VALUE);
        invariants(out, "broken", report.withStatus(Status.BROKEN), Integer.MAX_VALUE);
        if (!report.claimErrors().isEmpty()) {
            out.append(PREFIX).append("@Verifies ids that name no declared invariant (").append(report.claimErrors().size())
                    .append("):\n");
            report.claimErrors().forEach(e -> out.append("    ").append(e).append('\n'));
        }
        invariants(out, "unchecked", report.withStatus(Status.UNCHECKED), limit);
        outsideTests(out, report, limit);
        if (!report.assertionsCounted()) {
            // Said once, so nobody reads "no vacuous tests" into a report that cannot know.
            out.append(PREFIX).append("vacuous tests: not determined (assertions are not counted)\n");
        } else {
            tests(out, "vacuous tests, no assertion and no invariant checked", report.vacuousTests(), limit,
                    ReportTest::label);
            tests(out, "tests whose only assertions are not-null checks", report.notNullOnlyTests(), limit,
                    ReportTest::label);
        }
        tests(out, "tests claiming invariants they never checked (@Verifies)", report.testsWithUnverifiedClaims(), limit,
                t -> t.label() + ": " + String.join(", ", Signals.unverifiedClaims(report, t)));
        if (report.tests().stream().anyMatch(ReportTest::generated)) {
            // Generated tests check nearly everything: say what the written suite alone checked, which the gate judges.
            out.append(PREFIX).append("checked by written tests: ").append(s.checkedByWrittenTests()).append(" of ")
                    .append(s.declared()).append(" invariants, by generated tests: ").append(s.checkedByGeneratedTests())
                    .append(" of ").append(s.declared()).append("; the gate counts written tests")
                    .append(" (invariants.gate.count-generated=true counts generated ones too)\n");
        }
        signals(out, s);
        untriedCombinations(out, report, limit);
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

    private static void invariants(StringBuilder out, String title, List<ReportInvariant> invariants, int limit) {
        if (invariants.isEmpty()) {
            return;
        }
        out.append(PREFIX).append(title).append(" (").append(invariants.size()).append("):\n");
        int shown = Math.min(limit, invariants.size());
        for (int i = 0; i < shown; i++) {
            line(out, invariants.get(i));
        }
        more(out, invariants.size() - shown);
    }

    /** Checks only class set-up made: apart, since no test checked these rules (see {@code CheckedBy}). */
    private static void outsideTests(StringBuilder out, Report report, int limit) {
        List<ReportInvariant> outside = report.checkedOnlyOutsideTests();
        if (outside.isEmpty()) {
            return;
        }
        ReportIndex index = ReportIndex.of(report);
        out.append(PREFIX).append("checked only outside test methods, in class set-up; the gate counts them only with ")
                .append("invariants.gate.count-outside-tests=true (").append(outside.size()).append("):\n");
        int shown = Math.min(limit, outside.size());
        for (int i = 0; i < shown; i++) {
            ReportInvariant invariant = outside.get(i);
            out.append("    ").append(invariant.id()).append(" at ").append(invariant.location()).append(" in set-up of ")
                    .append(String.join(", ", index.containersThatChecked(invariant.id()).stream()
                            .map(id -> containerLabel(index.test(id))).toList()))
                    .append('\n');
        }
        more(out, outside.size() - shown);
    }

    /** A class container by its simple name ({@code OrderTests}), not {@code OrderTests.com.acme.OrderTests}. */
    private static String containerLabel(ReportTest container) {
        String className = container.className();
        return className != null && className.equals(container.name())
                ? className.substring(className.lastIndexOf('.') + 1) : container.label();
    }

    private static void tests(StringBuilder out, String title, List<ReportTest> tests, int limit,
            Function<ReportTest, String> text) {
        if (tests.isEmpty()) {
            return;
        }
        out.append(PREFIX).append(title).append(" (").append(tests.size()).append("):\n");
        int shown = Math.min(limit, tests.size());
        for (int i = 0; i < shown; i++) {
            out.append("    ").append(text.apply(tests.get(i))).append('\n');
        }
        more(out, tests.size() - shown);
    }

    private static void more(StringBuilder out, int left) {
        if (left > 0) {
            out.append("    and ").append(left).append(" more in index.html\n");
        }
    }

    /** Each kind once, with its count: the invariants behind each are listed, with the evidence, on the page. */
    private static void signals(StringBuilder out, Summary s) {
        List<String> kinds = new ArrayList<>();
        count(kinds, s.happyPathOnly(), "exercised only on the happy path");
        count(kinds, s.farFromBoundary(), "never near their edge");
        count(kinds, s.mockedAway(), "left unchecked behind mocks");
        count(kinds, s.couldNotBeFalsified(), "could not be falsified by generated tests (likely tautologies)");
        if (!kinds.isEmpty()) {
            out.append(PREFIX).append("signals (invariants): ").append(String.join(", ", kinds))
                    .append("; each with its evidence in the report\n");
        }
    }

    /** The {@code untried-combination} signal, per invariant with its most telling missing pairs. */
    private static void untriedCombinations(StringBuilder out, Report report, int limit) {
        List<ReportInvariant> untried = report.withSignal(Signal.UNTRIED_COMBINATION);
        if (untried.isEmpty()) {
            return;
        }
        out.append(PREFIX).append(Signal.UNTRIED_COMBINATION).append(": pairs of inputs no written test tried together (")
                .append(untried.size()).append("):\n");
        int shown = Math.min(limit, untried.size());
        for (int i = 0; i < shown; i++) {
            ReportInvariant invariant = untried.get(i);
            String message = Signals.of(report, invariant).stream()
                    .filter(signal -> signal.kind().equals(Signal.UNTRIED_COMBINATION)).findFirst().orElseThrow().message();
            out.append("    ").append(invariant.id()).append(" at ").append(invariant.location()).append(": ")
                    .append(message).append('\n');
        }
        more(out, untried.size() - shown);
    }

    private static void count(List<String> kinds, int count, String kind) {
        if (count > 0) {
            kinds.add(count + " " + kind);
        }
    }

    /**
     * One entry per swallowed violation, indented under a headline the caller writes: the invariant, what it
     * happened in, then the violation's own message (location, expression, values), shared by the console
     * summary and the failure of the run.
     */
    public static void swallowed(StringBuilder out, List<Swallowed> swallowed) {
        for (Swallowed each : swallowed) {
            out.append("    ").append(each.invariant().id()).append(" in ").append(each.where());
            if (each.message() == null) {
                out.append(", at ").append(each.invariant().location()).append(" (no message kept)\n");
            } else {
                out.append(":\n        ").append(each.message().replace("\n", "\n        ")).append('\n');
            }
        }
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
