package dev.invariants.report.internal.ratchet;

import dev.invariants.report.BaselineDelta;
import dev.invariants.report.Report;
import dev.invariants.report.ReportInvariant;
import dev.invariants.report.ReportTest;
import dev.invariants.report.Status;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one comparison of a report with its baseline, invariant by invariant (by id) and test by test (by unique
 * id): the session gate, the plugin's goals, the page and the console all read what it computes.
 */
final class Delta {

    private Delta() {}

    static BaselineDelta of(Report baseline, Report current, Path file, String setting) {
        // An id declared twice is a definition error of its own; here it counts as checked when any declaration is.
        Map<String, Boolean> before = new HashMap<>();
        baseline.invariants().forEach(i -> before.merge(i.id(), covered(i), Boolean::logicalOr));
        List<String> newUnchecked = new ArrayList<>();
        List<String> noLongerChecked = new ArrayList<>();
        Set<String> newlyChecked = new LinkedHashSet<>();
        for (ReportInvariant invariant : current.invariants()) {
            Boolean wasCovered = before.get(invariant.id());
            if (covered(invariant)) {
                if (Boolean.FALSE.equals(wasCovered)) {
                    newlyChecked.add(invariant.id());
                }
            } else if (wasCovered == null) {
                newUnchecked.add(invariant.id());
            } else if (wasCovered) {
                noLongerChecked.add(invariant.id());
            }
        }
        Set<String> now = current.invariants().stream().map(ReportInvariant::id).collect(Collectors.toSet());
        List<String> removed = before.keySet().stream().filter(id -> !now.contains(id)).sorted().toList();
        boolean vacuousCompared = baseline.assertionsCounted() && current.assertionsCounted();
        List<String> newVacuous = new ArrayList<>();
        if (vacuousCompared) {
            Set<String> wasVacuous = baseline.vacuousTests().stream().map(ReportTest::id).collect(Collectors.toSet());
            current.vacuousTests().stream().map(ReportTest::id).filter(id -> !wasVacuous.contains(id))
                    .forEach(newVacuous::add);
        }
        return new BaselineDelta(file.toString(), setting, newUnchecked, noLongerChecked, newVacuous, vacuousCompared,
                List.copyOf(newlyChecked), removed, baseline.summary().coverage(), current.summary().coverage());
    }

    /** Checked in the sense of coverage: evaluated with {@code pre} held, passed or violated. */
    private static boolean covered(ReportInvariant invariant) {
        return invariant.status() == Status.CHECKED || invariant.status() == Status.VIOLATED;
    }
}
