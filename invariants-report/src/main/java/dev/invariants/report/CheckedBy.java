package dev.invariants.report;

import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who checked an invariant (evaluated it with {@code pre} held, passed or violated): the tests, or only code
 * run outside any test method, in a container's set-up ({@code @BeforeAll}, a static initialiser run there, a
 * framework context a class-level extension starts). Evaluations no single test could be credited with (other
 * threads while several tests ran) count with the tests. Derived, never stored.
 *
 * @param writtenTests some test checked it
 * @param outsideTests some container's set-up checked it
 */
public record CheckedBy(boolean writtenTests, boolean outsideTests) {

    private static final CheckedBy NONE = new CheckedBy(false, false);

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

    /** Checked only outside test methods: the tests never did, some container's set-up did. */
    public boolean onlyOutsideTests() {
        return outsideTests && !writtenTests;
    }

    private static Map<String, CheckedBy> index(Report report) {
        Map<String, CheckedBy> byId = new HashMap<>();
        for (ReportTest test : report.tests()) {
            add(byId, test.evaluations(), new CheckedBy(true, false));
        }
        add(byId, report.unattributed(), new CheckedBy(true, false));
        for (ReportTest container : report.containers()) {
            add(byId, container.evaluations(), new CheckedBy(false, true));
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
        return new CheckedBy(writtenTests || other.writtenTests, outsideTests || other.outsideTests);
    }

    static List<ReportInvariant> onlyOutsideTests(Report report) {
        return report.invariants().stream().filter(i -> of(report, i).onlyOutsideTests()).toList();
    }
}
