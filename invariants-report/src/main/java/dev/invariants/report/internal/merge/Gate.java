package dev.invariants.report.internal.merge;

import dev.invariants.report.CheckedBy;
import dev.invariants.report.Report;
import dev.invariants.report.ReportInvariant;
import dev.invariants.report.Status;
import dev.invariants.report.Summary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Decides whether a report passes a minimum coverage (and, optionally, has no vacuous tests), with the message naming every offender. */
public final class Gate {

    /**
     * What the coverage rule counts besides the checks written tests made.
     *
     * @param generatedTests checks made by property tests generated from the invariants ({@code invariants-property})
     * @param generatedKey   the setting that counts them, named in the message
     * @param outsideTests   checks made outside test methods, in a container's set-up ({@code @BeforeAll})
     * @param outsideKey     the setting that counts them, named in the message
     */
    public record Counting(boolean generatedTests, String generatedKey, boolean outsideTests, String outsideKey) {

        /** Checks of written tests only: what the gate counts unless configured otherwise. */
        public static final Counting TESTS = new Counting(false, "invariants.gate.count-generated=true", false,
                "invariants.gate.count-outside-tests=true");
    }

    private Gate() {}

    /** {@link #check(Report, double, boolean, String, Counting)} counting the checks of tests only. */
    public static Optional<String> check(Report report, double minCoverage, boolean failOnVacuous, String setting) {
        return check(report, minCoverage, failOnVacuous, setting, Counting.TESTS);
    }

    /**
     * The failure message, or empty when the report passes. An invariant counts as covered when it is checked or
     * violated, a check that counts made it, and no violation of it was swallowed (a violation counts when it
     * failed a test).
     *
     * @param minCoverage       a fraction from 0 to 1, or a negative number for no coverage rule
     * @param failOnVacuous     whether a vacuous test fails the gate
     * @param setting           how the user set the rule, quoted in the message, e.g. {@code invariants.gate.min-coverage=0.8}
     * @param counting          which checks besides those of tests count
     */
    public static Optional<String> check(Report report, double minCoverage, boolean failOnVacuous, String setting,
            Counting counting) {
        return check(report, minCoverage, failOnVacuous, setting, counting, Integer.MAX_VALUE);
    }

    /**
     * As {@link #check(Report, double, boolean, String, Counting)}, naming at most {@code limit} invariants of each
     * list and counting the rest ({@code and 12 more in index.html}): the session gate's failure ends a console that
     * must fit a screen ({@code invariants.report.console.limit}); the page lists every one.
     */
    public static Optional<String> check(Report report, double minCoverage, boolean failOnVacuous, String setting,
            Counting counting, int limit) {
        Summary summary = report.summary();
        List<String> failures = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        // A violation nothing failed for is no check the suite made: that rule counts as not covered.
        Set<ReportInvariant> swallowed = Collections.newSetFromMap(new IdentityHashMap<>());
        report.swallowed().forEach(s -> swallowed.add(s.invariant()));
        List<ReportInvariant> generated = new ArrayList<>();
        List<ReportInvariant> outside = new ArrayList<>();
        int covered = 0;
        for (ReportInvariant invariant : report.invariants()) {
            if (invariant.status() != Status.CHECKED && invariant.status() != Status.VIOLATED) {
                continue;
            }
            CheckedBy by = CheckedBy.of(report, invariant);
            boolean counted = by.counted(counting.generatedTests(), counting.outsideTests());
            if (!counted) {
                (by.generatedTests() ? generated : outside).add(invariant);
            } else if (!swallowed.contains(invariant)) {
                covered++;
            }
        }
        double coverage = summary.declared() == 0 ? 1.0 : (double) covered / summary.declared();
        if (minCoverage >= 0 && coverage < minCoverage) {
            out.append("invariant coverage ").append(Summary.percent(coverage)).append(" is below the minimum ")
                    .append(Summary.percent(minCoverage)).append(" (").append(setting).append("): ")
                    .append(covered).append(" of ").append(summary.declared()).append(" invariants checked");
            if (!swallowed.isEmpty()) {
                out.append(" (violated ones count only when the violation failed a test)");
            }
            out.append('\n');
            appendInvariants(out, "unchecked", report.withStatus(Status.UNCHECKED), limit);
            appendInvariants(out, "broken", report.withStatus(Status.BROKEN), limit);
            appendInvariants(out, "violated, but the violation was swallowed (nothing failed)",
                    report.invariants().stream().filter(swallowed::contains).toList(), limit);
            appendInvariants(out, "checked only by generated tests, no written test (" + counting.generatedKey()
                    + " counts them)", generated, limit);
            appendInvariants(out, "checked only outside test methods, in class set-up (" + counting.outsideKey()
                    + " counts them)", outside, limit);
            failures.add("coverage");
        }
        if (failOnVacuous && !report.vacuousTests().isEmpty()) {
            out.append(report.vacuousTests().size()).append(report.vacuousTests().size() == 1 ? " test is" : " tests are")
                    .append(" vacuous (finished with no assertion and no invariant checked):\n");
            report.vacuousTests().stream().limit(limit).forEach(t -> out.append("    ").append(t.id()).append('\n'));
            more(out, report.vacuousTests().size() - limit);
            failures.add("vacuous");
        }
        return failures.isEmpty() ? Optional.empty() : Optional.of(out.toString().stripTrailing());
    }

    private static void appendInvariants(StringBuilder out, String title, List<ReportInvariant> invariants, int limit) {
        if (invariants.isEmpty()) {
            return;
        }
        out.append(title).append(":\n");
        invariants.stream().limit(limit)
                .forEach(i -> out.append("    ").append(i.id()).append(" at ").append(i.location()).append('\n'));
        more(out, invariants.size() - limit);
    }

    private static void more(StringBuilder out, long left) {
        if (left > 0) {
            out.append("    and ").append(left).append(" more in index.html\n");
        }
    }
}
