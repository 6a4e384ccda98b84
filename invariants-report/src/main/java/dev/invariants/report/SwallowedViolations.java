package dev.invariants.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Finds the violations of a report that nothing failed for ({@link Report#swallowed()}); derived, never stored. */
final class SwallowedViolations {

    /** How an unattributed violation is named: there is no test to name. */
    static final String UNATTRIBUTED = "no single test (a thread running none, or several tests running at once)";

    private SwallowedViolations() {}

    static List<Swallowed> of(Report report) {
        Map<String, String> messages = new HashMap<>();
        for (Violation violation : report.violations()) {
            messages.putIfAbsent(violation.invariant() + "\n" + violation.test(), violation.message());
        }
        // invariant id -> (where -> message), in test order
        Map<String, Map<String, String>> byInvariant = new HashMap<>();
        for (List<ReportTest> group : List.of(report.tests(), report.containers())) {
            for (ReportTest test : group) {
                if (!passed(test)) {
                    continue;
                }
                test.evaluations().forEach((id, counts) -> {
                    if (counts.violated() > 0) {
                        byInvariant.computeIfAbsent(id, k -> new LinkedHashMap<>())
                                .put(test.label(), messages.get(id + "\n" + test.id()));
                    }
                });
            }
        }
        report.unattributed().forEach((id, counts) -> {
            if (counts.violated() > 0) {
                byInvariant.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(UNATTRIBUTED, messages.get(id + "\nnull"));
            }
        });
        List<Swallowed> swallowed = new ArrayList<>();
        for (ReportInvariant invariant : report.invariants()) {
            byInvariant.getOrDefault(invariant.id(), Map.of())
                    .forEach((where, message) -> swallowed.add(new Swallowed(invariant, where, message)));
        }
        return swallowed;
    }

    /**
     * A test or container whose violation failed nothing: it finished successfully. Not a generated test: the
     * property engine observes each violation and judges it itself (a counterexample fails the test).
     */
    private static boolean passed(ReportTest test) {
        return "SUCCESSFUL".equals(test.status()) && !test.generated();
    }
}
