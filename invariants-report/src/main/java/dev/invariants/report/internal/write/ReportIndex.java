package dev.invariants.report.internal.write;

import dev.invariants.report.Report;
import dev.invariants.report.ReportTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which tests checked each invariant, and each test by id, computed in one pass over a report for the
 * writers. Found per invariant by going through every test, writing a report of 2,000 tests and 500
 * invariants was quadratic (~150 ms of the session's close in the whole-suite benchmark).
 */
final class ReportIndex {

    private final Map<String, List<String>> testsThatChecked;
    private final Map<String, List<String>> containersThatChecked;
    private final Map<String, ReportTest> byId = new HashMap<>();
    private final Map<String, List<String>> claimedBy = new HashMap<>();

    private ReportIndex(Report report) {
        testsThatChecked = checkedBy(report.tests());
        for (ReportTest test : report.tests()) {
            for (String id : test.claims()) {
                List<String> claimants = claimedBy.computeIfAbsent(id, k -> new ArrayList<>());
                if (claimants.isEmpty() || !claimants.get(claimants.size() - 1).equals(test.id())) {
                    claimants.add(test.id()); // a test that names an id twice claims it once
                }
            }
        }
        containersThatChecked = checkedBy(report.containers());
        for (List<ReportTest> group : List.of(report.tests(), report.containers())) {
            for (ReportTest test : group) {
                byId.putIfAbsent(test.id(), test); // the first with the id, tests before containers
            }
        }
    }

    static ReportIndex of(Report report) {
        return new ReportIndex(report);
    }

    /** The ids of the tests that checked the invariant, in test order. */
    List<String> testsThatChecked(String invariantId) {
        return testsThatChecked.getOrDefault(invariantId, List.of());
    }

    /** The ids of the containers whose set-up checked the invariant, in report order. */
    List<String> containersThatChecked(String invariantId) {
        return containersThatChecked.getOrDefault(invariantId, List.of());
    }

    /** The ids of the tests that claim the invariant with {@code @Verifies}, in test order (see {@link Signals#claimedBy}). */
    List<String> claimedBy(String invariantId) {
        return claimedBy.getOrDefault(invariantId, List.of());
    }

    /** The test or container with the id, or {@code null}. */
    ReportTest test(String id) {
        return byId.get(id);
    }

    private static Map<String, List<String>> checkedBy(List<ReportTest> tests) {
        Map<String, List<String>> result = new HashMap<>();
        for (ReportTest test : tests) {
            test.evaluations().forEach((invariantId, counts) -> {
                if (counts.checks() > 0) {
                    result.computeIfAbsent(invariantId, id -> new ArrayList<>()).add(test.id());
                }
            });
        }
        return result;
    }
}
