package dev.invariants.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The content of {@code invariants.json}: what one JVM recorded (a part) or what several merged.
 * The summary and each invariant's list of tests are derived, never stored, so they cannot disagree.
 *
 * @param build             the build this report belongs to: every JVM of one build run writes the same id (docs/report-format.md)
 * @param assertionsCounted whether {@link ReportTest#assertions()} holds real counts
 * @param parts             how many JVM parts were merged into it
 * @param invariants        every declared invariant, sorted by owner then source line
 * @param tests             every test that ran
 * @param containers        containers whose set-up evaluated invariants (e.g. in {@code @BeforeAll})
 * @param unattributed      evaluations no single test could be credited with, per invariant id
 * @param missing           JVMs of this build that started a session and never published it (killed or
 *                          crashed), one sentence each; their tests are not in the report
 * @param violations        the first violation of each invariant in each test, container and the unattributed
 *                          bucket, with its message (what {@link #swallowed()} reports)
 * @param gate              the gate it is judged by where it was written, {@code null} for none
 * @param baseline          how it compares with the baseline it was judged against (the ratchet), {@code null} for
 *                          none; unlike the summary it is stored, since the baseline is not in the report: a merge
 *                          drops it and whoever writes the merged report compares again
 */
public record Report(String build, boolean assertionsCounted, int parts, List<ReportInvariant> invariants,
        List<ReportTest> tests, List<ReportTest> containers, Map<String, Counts> unattributed, List<String> missing,
        List<Violation> violations, GateRule gate, BaselineDelta baseline) {

    /** The schema name written in, and required from, every report file. */
    public static final String SCHEMA = "dev.invariants.report/1";

    public Report {
        invariants = List.copyOf(invariants);
        tests = List.copyOf(tests);
        containers = List.copyOf(containers);
        unattributed = Map.copyOf(unattributed);
        missing = List.copyOf(missing);
        violations = List.copyOf(violations);
    }

    /** A report compared with no baseline. */
    public Report(String build, boolean assertionsCounted, int parts, List<ReportInvariant> invariants,
            List<ReportTest> tests, List<ReportTest> containers, Map<String, Counts> unattributed, List<String> missing,
            List<Violation> violations, GateRule gate) {
        this(build, assertionsCounted, parts, invariants, tests, containers, unattributed, missing, violations, gate, null);
    }

    /** A report that keeps no violation messages and is judged by no gate. */
    public Report(String build, boolean assertionsCounted, int parts, List<ReportInvariant> invariants,
            List<ReportTest> tests, List<ReportTest> containers, Map<String, Counts> unattributed, List<String> missing) {
        this(build, assertionsCounted, parts, invariants, tests, containers, unattributed, missing, List.of(), null);
    }

    /** A report judged by no gate. */
    public Report(String build, boolean assertionsCounted, int parts, List<ReportInvariant> invariants,
            List<ReportTest> tests, List<ReportTest> containers, Map<String, Counts> unattributed, List<String> missing,
            List<Violation> violations) {
        this(build, assertionsCounted, parts, invariants, tests, containers, unattributed, missing, violations, null);
    }

    /** A report that keeps no violation messages. */
    public Report(String build, boolean assertionsCounted, int parts, List<ReportInvariant> invariants,
            List<ReportTest> tests, List<ReportTest> containers, Map<String, Counts> unattributed, List<String> missing,
            GateRule gate) {
        this(build, assertionsCounted, parts, invariants, tests, containers, unattributed, missing, List.of(), gate);
    }

    /** A report that knows of no missing JVM. */
    public Report(String build, boolean assertionsCounted, int parts, List<ReportInvariant> invariants,
            List<ReportTest> tests, List<ReportTest> containers, Map<String, Counts> unattributed) {
        this(build, assertionsCounted, parts, invariants, tests, containers, unattributed, List.of());
    }

    /** This report, noting the JVMs whose parts are missing. */
    public Report withMissing(List<String> missingParts) {
        return new Report(build, assertionsCounted, parts, invariants, tests, containers, unattributed, missingParts,
                violations, gate, baseline);
    }

    /** This report, judged by the gate ({@code null} for none). */
    public Report withGate(GateRule rule) {
        return new Report(build, assertionsCounted, parts, invariants, tests, containers, unattributed, missing,
                violations, rule, baseline);
    }

    /** This report, with how it compares with its baseline ({@code null} for none). */
    public Report withBaseline(BaselineDelta delta) {
        return new Report(build, assertionsCounted, parts, invariants, tests, containers, unattributed, missing,
                violations, gate, delta);
    }

    /**
     * The violations nothing failed for, in report order of their invariants: those of tests and containers
     * that finished successfully, and those no single test could be credited with (see {@link Swallowed}).
     */
    public List<Swallowed> swallowed() {
        return SwallowedViolations.of(this);
    }

    public Summary summary() {
        return Summary.of(this);
    }

    /** Invariants with the given status, in report order. */
    public List<ReportInvariant> withStatus(Status status) {
        return invariants.stream().filter(i -> i.status() == status).toList();
    }

    /** The tests that checked nothing and asserted nothing (empty while assertions are not counted). */
    public List<ReportTest> vacuousTests() {
        return tests.stream().filter(t -> t.vacuous(assertionsCounted)).toList();
    }

    /** The tests whose only assertions checked for non-null, and that checked no invariant (empty while not counted). */
    public List<ReportTest> notNullOnlyTests() {
        return tests.stream().filter(t -> t.notNullOnly(assertionsCounted)).toList();
    }

    /** The invariants only code outside test methods checked (class set-up), in report order ({@link CheckedBy}). */
    public List<ReportInvariant> checkedOnlyOutsideTests() {
        return CheckedBy.onlyOutsideTests(this);
    }

    /** The invariants carrying a signal of the given kind ({@link Signal}). */
    public List<ReportInvariant> withSignal(String kind) {
        return invariants.stream().filter(i -> Signals.of(this, i).stream().anyMatch(s -> s.kind().equals(kind)))
                .toList();
    }

    /** The tests that claim, with {@code @Verifies}, a declared invariant they never checked. */
    public List<ReportTest> testsWithUnverifiedClaims() {
        return tests.stream().filter(t -> !Signals.unverifiedClaims(this, t).isEmpty()).toList();
    }

    /** One message per {@code @Verifies} id that names no declared invariant, naming the test and the id. */
    public List<String> claimErrors() {
        List<String> errors = new ArrayList<>();
        for (ReportTest test : tests) {
            Signals.unknownClaims(this, test).forEach(id -> errors.add(Signals.unknownClaimMessage(test, id)));
        }
        return errors;
    }
}
