package dev.invariants.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * How a report compares with the baseline it was judged against (the ratchet: {@code invariants.gate.baseline}, or
 * the plugin's {@code check} with {@code baseline}). Written as the report's {@code baseline} section; the page and
 * the console show it. Only the first three lists are regressions; the rest is the delta people read.
 *
 * @param file            the baseline file, as compared (absolute)
 * @param setting         how the user named it, quoted to them: {@code invariants.gate.baseline=base.json}
 * @param newUnchecked    ids of invariants the baseline did not declare and no test checks (unchecked or broken)
 * @param noLongerChecked ids of invariants the baseline's tests checked and this run's do not
 * @param newVacuousTests unique ids of vacuous tests that were not vacuous in the baseline, or not in it
 * @param vacuousCompared whether both reports counted assertions: vacuous tests are compared only then
 * @param newlyChecked    ids of invariants the baseline declared unchecked and this run checks
 * @param removed         ids of invariants the baseline declared and this run does not
 * @param coverageBefore  the baseline's coverage, a fraction from 0 to 1
 * @param coverageAfter   this run's coverage when it was compared
 */
public record BaselineDelta(String file, String setting, List<String> newUnchecked, List<String> noLongerChecked,
        List<String> newVacuousTests, boolean vacuousCompared, List<String> newlyChecked, List<String> removed,
        double coverageBefore, double coverageAfter) {

    public BaselineDelta {
        newUnchecked = List.copyOf(newUnchecked);
        noLongerChecked = List.copyOf(noLongerChecked);
        newVacuousTests = List.copyOf(newVacuousTests);
        newlyChecked = List.copyOf(newlyChecked);
        removed = List.copyOf(removed);
    }

    /** Whether the run is worse than its baseline: a new unchecked invariant, a lost check or a new vacuous test. */
    public boolean regressed() {
        return !newUnchecked.isEmpty() || !noLongerChecked.isEmpty() || !newVacuousTests.isEmpty();
    }

    /** {@code passed} or {@code failed}, as {@code invariants.json} writes it. */
    public String verdict() {
        return regressed() ? "failed" : "passed";
    }

    /** What regressed, one phrase each ({@code 1 new invariant no test checks}); empty when nothing did. */
    public List<String> failures() {
        List<String> failures = new ArrayList<>();
        if (!newUnchecked.isEmpty()) {
            failures.add(newUnchecked.size() + (newUnchecked.size() == 1 ? " new invariant" : " new invariants")
                    + " no test checks");
        }
        if (!noLongerChecked.isEmpty()) {
            failures.add(noLongerChecked.size() + (noLongerChecked.size() == 1 ? " invariant" : " invariants")
                    + " checked in the baseline no longer checked");
        }
        if (!newVacuousTests.isEmpty()) {
            failures.add(newVacuousTests.size() + (newVacuousTests.size() == 1 ? " new vacuous test" : " new vacuous tests"));
        }
        return failures;
    }

    /** The baseline's file name, as the page's headline names it ({@code base.json}). */
    public String name() {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return file.substring(slash + 1);
    }

    /** What fails the ratchet in one line ({@code 1 new invariant no test checks against the baseline base.json}), or {@code null}. */
    public String failure() {
        return regressed() ? String.join(", ", failures()) + " against the baseline " + name() : null;
    }

    /**
     * The delta in one line, printed whether or not it regressed:
     * {@code baseline /p/base.json: coverage 40.0% (baseline 50.0%, -10.0 points); 1 new unchecked, ...}.
     */
    public String line() {
        return "baseline " + file + ": coverage " + Summary.percent(coverageAfter) + " (baseline "
                + Summary.percent(coverageBefore) + ", " + points() + "); " + newUnchecked.size() + " new unchecked, "
                + noLongerChecked.size() + " no longer checked, "
                + (vacuousCompared ? newVacuousTests.size() + (newVacuousTests.size() == 1 ? " new vacuous test" : " new vacuous tests")
                        : "vacuous tests not compared (assertions not counted)")
                + "; " + newlyChecked.size() + " newly checked, " + removed.size() + " removed";
    }

    /** The change in percentage points between the two figures as printed ({@code +33.4 points}), so the three agree. */
    public String points() {
        BigDecimal change = rounded(coverageAfter).subtract(rounded(coverageBefore));
        return (change.signum() >= 0 ? "+" : "") + change.toPlainString() + " points";
    }

    private static BigDecimal rounded(double fraction) {
        return BigDecimal.valueOf(fraction * 100).setScale(1, RoundingMode.HALF_UP);
    }
}
