package dev.invariants.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The gate a report is judged by, as configured where it was written (the session's
 * {@code invariants.gate.min-coverage} and {@code invariants.gate.baseline}, or the plugin's {@code check}); the page
 * opens with its verdict. The ratchet's own verdict is the report's {@link Report#baseline()}. The verdict is derived from
 * the rule and the report, never stored, so the two cannot disagree.
 *
 * @param minCoverage        the minimum coverage, a fraction from 0 to 1; {@code NaN} when the gate sets none (a ratchet
 *                           alone, or the plugin's {@code check} with only {@code failOnVacuousTests}), written {@code null}
 * @param failOnVacuousTests whether a vacuous test fails the gate
 * @param setting            how the user set the rule, quoted to them: {@code invariants.gate.min-coverage=0.8}
 * @param notApplied         why the gate did not judge this run (a partial run), or {@code null} when it did
 * @param countGenerated     whether checks made only by generated property tests count ({@code invariants.gate.count-generated})
 * @param countOutsideTests  whether checks made only in class set-up count ({@code invariants.gate.count-outside-tests})
 */
public record GateRule(double minCoverage, boolean failOnVacuousTests, String setting, String notApplied,
        boolean countGenerated, boolean countOutsideTests) {

    /** A rule that counts written tests' checks only, as the gate does by default. */
    public GateRule(double minCoverage, boolean failOnVacuousTests, String setting, String notApplied) {
        this(minCoverage, failOnVacuousTests, setting, notApplied, false, false);
    }

    /** A rule that judges the run. */
    public GateRule(double minCoverage, String setting) {
        this(minCoverage, false, setting, null);
    }

    /** A rule without a minimum coverage ({@link #minCoverage()} is {@code NaN}). */
    public static final double NO_MINIMUM = Double.NaN;

    /** Whether the rule sets a minimum coverage. */
    public boolean hasMinimum() {
        return !Double.isNaN(minCoverage);
    }

    /** {@code passed}, {@code failed} or {@code not-applied}, as {@code invariants.json} writes it. */
    public String verdict(Report report) {
        if (notApplied != null) {
            return "not-applied";
        }
        return failures(report).isEmpty() ? "passed" : "failed";
    }

    /**
     * What fails the rule, one line each ({@code invariant coverage 4.5% is below the minimum 80.0%}), the ratchet's
     * regressions ({@link Report#baseline()}) included; empty when it passes.
     */
    public List<String> failures(Report report) {
        List<String> failures = new ArrayList<>();
        // the figure the gate judges (CheckedBy.gateCoverage), which may be below the summary's coverage
        double coverage = CheckedBy.gateCoverage(report, countGenerated, countOutsideTests);
        if (hasMinimum() && coverage < minCoverage) {
            failures.add("invariant coverage " + Summary.percent(coverage) + " is below the minimum "
                    + Summary.percent(minCoverage));
        }
        int vacuous = report.vacuousTests().size();
        if (failOnVacuousTests && vacuous > 0) {
            failures.add(vacuous + (vacuous == 1 ? " test is" : " tests are") + " vacuous");
        }
        // The ratchet is part of the gate: a run that regressed against its baseline fails it, whatever the minimum.
        if (report.baseline() != null && report.baseline().regressed()) {
            failures.add(report.baseline().failure());
        }
        return failures;
    }
}
