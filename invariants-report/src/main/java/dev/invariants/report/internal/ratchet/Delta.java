package dev.invariants.report.internal.ratchet;

import dev.invariants.report.Report;
import dev.invariants.report.ReportInvariant;
import dev.invariants.report.ReportTest;
import dev.invariants.report.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A report against its baseline, invariant by invariant (by id) and test by test (by unique id). Only the first
 * three lists are regressions; the rest is the delta people read.
 *
 * @param newUnchecked     invariants the baseline did not declare and no test checks (unchecked or broken)
 * @param noLongerChecked  invariants the baseline's tests checked and this run's do not
 * @param newVacuous       vacuous tests that were not vacuous in the baseline, or not in it
 * @param vacuousCompared  whether both reports counted assertions: vacuous tests are compared only then
 * @param newlyChecked     ids of invariants the baseline declared unchecked and this run checks
 * @param removed          ids of invariants the baseline declared and this run does not
 * @param baselineCoverage the baseline's coverage, a fraction from 0 to 1
 * @param coverage         this run's coverage
 */
public record Delta(List<ReportInvariant> newUnchecked, List<ReportInvariant> noLongerChecked, List<ReportTest> newVacuous,
        boolean vacuousCompared, List<String> newlyChecked, List<String> removed, double baselineCoverage,
        double coverage) {

    public Delta {
        newUnchecked = List.copyOf(newUnchecked);
        noLongerChecked = List.copyOf(noLongerChecked);
        newVacuous = List.copyOf(newVacuous);
        newlyChecked = List.copyOf(newlyChecked);
        removed = List.copyOf(removed);
    }

    static Delta of(Report baseline, Report current) {
        // An id declared twice is a definition error of its own; here it counts as checked when any declaration is.
        Map<String, Boolean> before = new HashMap<>();
        baseline.invariants().forEach(i -> before.merge(i.id(), covered(i), Boolean::logicalOr));
        List<ReportInvariant> newUnchecked = new ArrayList<>();
        List<ReportInvariant> noLongerChecked = new ArrayList<>();
        Set<String> newlyChecked = new LinkedHashSet<>();
        for (ReportInvariant invariant : current.invariants()) {
            Boolean wasCovered = before.get(invariant.id());
            if (covered(invariant)) {
                if (Boolean.FALSE.equals(wasCovered)) {
                    newlyChecked.add(invariant.id());
                }
            } else if (wasCovered == null) {
                newUnchecked.add(invariant);
            } else if (wasCovered) {
                noLongerChecked.add(invariant);
            }
        }
        Set<String> now = current.invariants().stream().map(ReportInvariant::id).collect(Collectors.toSet());
        List<String> removed = before.keySet().stream().filter(id -> !now.contains(id)).sorted().toList();
        boolean vacuousCompared = baseline.assertionsCounted() && current.assertionsCounted();
        List<ReportTest> newVacuous = new ArrayList<>();
        if (vacuousCompared) {
            Set<String> wasVacuous = baseline.vacuousTests().stream().map(ReportTest::id).collect(Collectors.toSet());
            current.vacuousTests().stream().filter(t -> !wasVacuous.contains(t.id())).forEach(newVacuous::add);
        }
        return new Delta(newUnchecked, noLongerChecked, newVacuous, vacuousCompared, List.copyOf(newlyChecked), removed,
                baseline.summary().coverage(), current.summary().coverage());
    }

    /** Checked in the sense of coverage: evaluated with {@code pre} held, passed or violated. */
    private static boolean covered(ReportInvariant invariant) {
        return invariant.status() == Status.CHECKED || invariant.status() == Status.VIOLATED;
    }

    /** Whether this run is worse than its baseline: a new unchecked invariant, a lost check or a new vacuous test. */
    public boolean regressed() {
        return !newUnchecked.isEmpty() || !noLongerChecked.isEmpty() || !newVacuous.isEmpty();
    }
}
