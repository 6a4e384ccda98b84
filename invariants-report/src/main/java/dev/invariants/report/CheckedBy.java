package dev.invariants.report;

import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who checked an invariant (evaluated it with {@code pre} held, passed or violated): the tests, or only code
 * run outside any test method, in a container's set-up ({@code @BeforeAll}, a static initialiser run there, a
 * framework context a class-level extension starts). Evaluations no single test could be credited with (other
 * threads while several tests ran) count with the written tests. Property tests generated from the invariants
 * ({@code invariants-property}, zero-code mode included) count apart: they check whatever the written suite does.
 * Derived, never stored.
 *
 * @param writtenTests   some written test checked it
 * @param generatedTests some generated property test checked it
 * @param outsideTests   some container's set-up checked it
 */
public record CheckedBy(boolean writtenTests, boolean generatedTests, boolean outsideTests) {

    private static final CheckedBy NONE = new CheckedBy(false, false, false);
    private static final CheckedBy WRITTEN = new CheckedBy(true, false, false);
    private static final CheckedBy GENERATED = new CheckedBy(false, true, false);
    private static final CheckedBy OUTSIDE = new CheckedBy(false, false, true);

    /** One report's answers by invariant id, computed once: the writers ask for every invariant. */
    private record Index(WeakReference<Report> report, Map<String, CheckedBy> byId) {}

    private static volatile Index last;

    /** Who checked the invariant in the report. */
    public static CheckedBy of(Report report, ReportInvariant invariant) {
        Index known = last;
        if (known == null || known.report().get() != report) {
            known = new Index(new WeakReference<>(report), index(report));
            last = known;
        }
        return known.byId().getOrDefault(invariant.id(), NONE);
    }

    /**
     * Whether a gate counts these checks: written tests' always, generated tests' and set-up's only when asked
     * ({@code invariants.gate.count-generated}, {@code invariants.gate.count-outside-tests}).
     */
    public boolean counted(boolean countGenerated, boolean countOutsideTests) {
        return writtenTests || countGenerated && generatedTests || countOutsideTests && outsideTests;
    }

    /**
     * The coverage a gate judges: the share of declared invariants checked or violated by checks it counts
     * ({@link #counted}) with no violation swallowed (a violation counts when it failed a test).
     */
    public static double gateCoverage(Report report, boolean countGenerated, boolean countOutsideTests) {
        int declared = report.invariants().size();
        if (declared == 0) {
            return 1.0;
        }
        java.util.Set<ReportInvariant> swallowed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        report.swallowed().forEach(v -> swallowed.add(v.invariant()));
        long covered = report.invariants().stream()
                .filter(i -> i.status() == Status.CHECKED || i.status() == Status.VIOLATED)
                .filter(i -> of(report, i).counted(countGenerated, countOutsideTests) && !swallowed.contains(i))
                .count();
        return (double) covered / declared;
    }

    /** Checked only outside test methods: no test, written or generated, did; some container's set-up did. */
    public boolean onlyOutsideTests() {
        return outsideTests && !writtenTests && !generatedTests;
    }

    private static Map<String, CheckedBy> index(Report report) {
        Map<String, CheckedBy> byId = new HashMap<>();
        for (ReportTest test : report.tests()) {
            add(byId, test.evaluations(), test.generated() ? GENERATED : WRITTEN);
        }
        add(byId, report.unattributed(), WRITTEN);
        for (ReportTest container : report.containers()) {
            add(byId, container.evaluations(), OUTSIDE);
        }
        return byId;
    }

    private static void add(Map<String, CheckedBy> byId, Map<String, Counts> evaluations, CheckedBy source) {
        evaluations.forEach((id, counts) -> {
            if (counts.checks() > 0) {
                byId.merge(id, source, CheckedBy::or);
            }
        });
    }

    private CheckedBy or(CheckedBy other) {
        return new CheckedBy(writtenTests || other.writtenTests, generatedTests || other.generatedTests,
                outsideTests || other.outsideTests);
    }

    static List<ReportInvariant> onlyOutsideTests(Report report) {
        return report.invariants().stream().filter(i -> of(report, i).onlyOutsideTests()).toList();
    }

    static int count(Report report, java.util.function.Predicate<CheckedBy> which) {
        return (int) report.invariants().stream().filter(i -> which.test(of(report, i))).count();
    }
}
