package dev.invariants.report.internal.merge;

import dev.invariants.report.BoundaryEvidence;
import dev.invariants.report.Combinations;
import dev.invariants.report.Comparison;
import dev.invariants.report.Counts;
import dev.invariants.report.Generated;
import dev.invariants.report.Report;
import dev.invariants.report.ReportInvariant;
import dev.invariants.report.ReportTest;
import dev.invariants.report.Violation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges reports (JVM parts, or the reports of reactor modules) into one. Counts are summed, tests
 * united by unique id, declared sets united; each invariant's totals are recomputed from what the
 * tests, containers and unattributed evaluations add up to, so the merged file is consistent.
 */
public final class Merge {

    private Merge() {}

    public static Report merge(String build, List<Report> reports) {
        Map<String, ReportInvariant> invariants = new LinkedHashMap<>();
        Map<String, ReportTest> tests = new LinkedHashMap<>();
        Map<String, ReportTest> containers = new LinkedHashMap<>();
        Map<String, Counts> unattributed = new LinkedHashMap<>();
        Set<String> missing = new LinkedHashSet<>();
        Map<String, Violation> violations = new LinkedHashMap<>();
        dev.invariants.report.GateRule gate = null;
        boolean assertionsCounted = !reports.isEmpty();
        int parts = 0;
        for (Report report : reports) {
            assertionsCounted &= report.assertionsCounted();
            parts += report.parts();
            for (ReportInvariant invariant : report.invariants()) {
                invariants.merge(key(invariant), invariant, Merge::unite);
            }
            report.tests().forEach(t -> tests.merge(t.id(), t, Merge::unite));
            report.containers().forEach(t -> containers.merge(t.id(), t, Merge::unite));
            report.unattributed().forEach((id, c) -> unattributed.merge(id, c, Counts::plus));
            missing.addAll(report.missing());
            report.violations().forEach(v -> violations.putIfAbsent(v.invariant() + "\n" + v.test(), v));
            gate = report.gate() == null ? gate : report.gate(); // the JVMs of one build share their configuration: the last says
        }
        // No baseline section: a delta holds for the report it was computed on; whoever writes this one compares again.
        Report united = new Report(build, assertionsCounted, parts, List.copyOf(invariants.values()),
                List.copyOf(tests.values()), List.copyOf(containers.values()), unattributed, List.copyOf(missing),
                List.copyOf(violations.values()), gate);
        return withTotals(united);
    }

    /** The report with every invariant's counts recomputed from its attributions, duplicate ids flagged, sorted. */
    public static Report withTotals(Report report) {
        Map<String, Counts> totals = attributedTotals(report);
        Map<String, Set<String>> ownersById = new LinkedHashMap<>();
        Map<String, Integer> declarations = new LinkedHashMap<>();
        report.invariants().forEach(i -> {
            ownersById.computeIfAbsent(i.id(), k -> new java.util.TreeSet<>()).add(i.owner());
            declarations.merge(i.id(), 1, Integer::sum);
        });
        List<ReportInvariant> invariants = new ArrayList<>();
        for (ReportInvariant invariant : report.invariants()) {
            // Derived here on every merge: drop what an earlier merge derived (it may name fewer owners).
            String derived = ", attribute `id`: the id [" + invariant.id() + "] is declared by ";
            Set<String> problems = new LinkedHashSet<>();
            invariant.problems().stream().filter(p -> !p.contains(derived)).forEach(problems::add);
            Set<String> owners = ownersById.get(invariant.id());
            if (owners.size() > 1) {
                problems.add("@Invariant " + invariant.id() + " on " + invariant.location()
                        + ", attribute `id`: the id [" + invariant.id() + "] is declared by " + String.join(" and ", owners)
                        + "; ids must be unique in a code base");
            }
            // Tests record evaluations by id: those of an id declared twice cannot be told apart, and sharing
            // them would credit each declaration with the other's. Both are definition errors: no counts.
            Counts counts = declarations.get(invariant.id()) > 1 ? Counts.ZERO
                    : totals.getOrDefault(invariant.id(), Counts.ZERO);
            invariants.add(with(invariant, counts, List.copyOf(problems), invariant.boundaries(), invariant.generated()));
        }
        return new Report(report.build(), report.assertionsCounted(), report.parts(), sorted(invariants),
                report.tests(), report.containers(), report.unattributed(), report.missing(), report.violations(),
                report.gate(), report.baseline());
    }

    private static ReportInvariant unite(ReportInvariant a, ReportInvariant b) {
        Set<String> problems = new LinkedHashSet<>(a.problems());
        problems.addAll(b.problems());
        Map<Integer, BoundaryEvidence> boundaries = new java.util.TreeMap<>();
        for (ReportInvariant each : List.of(a, b)) {
            each.boundaries().forEach(e -> boundaries.merge(e.index(), e, Merge::closer));
        }
        Generated generated = a.generated() == null ? b.generated() : a.generated().plus(b.generated());
        Combinations combinations = a.combinations() == null ? b.combinations() : a.combinations().plus(b.combinations());
        return new ReportInvariant(a.id(), a.kind(), a.owner(), a.member(), a.source(), a.pre(), a.post(), a.raises(),
                a.description(), a.counts(), List.copyOf(problems), List.copyOf(boundaries.values()), generated,
                combinations);
    }

    private static ReportTest unite(ReportTest a, ReportTest b) {
        Map<String, Counts> evaluations = new LinkedHashMap<>(a.evaluations());
        b.evaluations().forEach((id, c) -> evaluations.merge(id, c, Counts::plus));
        return new ReportTest(a.id(), a.className(), a.name(), a.displayName(), worse(a.status(), b.status()),
                a.assertions() + b.assertions(), a.notNullAssertions() + b.notNullAssertions(), evaluations,
                union(a.mocked(), b.mocked()), union(a.claims(), b.claims()), a.generated() || b.generated());
    }

    private static List<String> union(List<String> a, List<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static String worse(String a, String b) {
        List<String> order = List.of("SUCCESSFUL", "ABORTED", "FAILED");
        return order.indexOf(b) > order.indexOf(a) ? b : a;
    }

    /**
     * The identity used when parts are merged: ids may not be shared, but if they are, every declaration stays
     * (two classes, or two members of one class).
     */
    private static String key(ReportInvariant invariant) {
        return invariant.member() == null ? invariant.owner() + "#" + invariant.id()
                : invariant.owner() + "#" + invariant.id() + "#" + invariant.member();
    }

    private static ReportInvariant with(ReportInvariant i, Counts counts, List<String> problems,
            List<BoundaryEvidence> boundaries, Generated generated) {
        return new ReportInvariant(i.id(), i.kind(), i.owner(), i.member(), i.source(), i.pre(), i.post(), i.raises(),
                i.description(), counts, problems, boundaries, generated, i.combinations());
    }

    /** Totals per invariant id over the tests, containers and unattributed evaluations. */
    private static Map<String, Counts> attributedTotals(Report report) {
        Map<String, Counts> totals = new LinkedHashMap<>();
        for (List<ReportTest> group : List.of(report.tests(), report.containers())) {
            for (ReportTest test : group) {
                test.evaluations().forEach((id, c) -> totals.merge(id, c, Counts::plus));
            }
        }
        report.unattributed().forEach((id, c) -> totals.merge(id, c, Counts::plus));
        return totals;
    }

    /** The order every report uses: declaring class, then line, then id. */
    private static List<ReportInvariant> sorted(List<ReportInvariant> invariants) {
        List<ReportInvariant> list = new ArrayList<>(invariants);
        // Ids of one line (repeated annotations on a member) in natural order: calc-2 before calc-10, in the grid too.
        list.sort(Comparator.comparing(ReportInvariant::owner).thenComparing(Merge::line)
                .thenComparing(ReportInvariant::id, NaturalOrder.INSTANCE));
        return list;
    }

    private static int line(ReportInvariant invariant) {
        String source = invariant.source();
        int colon = source.lastIndexOf(':');
        try {
            return colon < 0 ? 0 : Integer.parseInt(source.substring(colon + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The closer to the edge of two observations of the same comparison: what a merge keeps. */
    private static BoundaryEvidence closer(BoundaryEvidence one, BoundaryEvidence other) {
        if (other.closest() == null) {
            return one;
        }
        if (one.closest() == null) {
            return other;
        }
        Comparison comparison = one.comparison();
        return comparison.distance(other.closest().left(), other.closest().right())
                < comparison.distance(one.closest().left(), one.closest().right()) ? other : one;
    }
}
