package dev.invariants.report;

/**
 * The counts at the top of every report.
 *
 * @param coverage         (checked + violated) / declared; 1 when nothing is declared (there is nothing left unchecked)
 * @param notNullOnlyTests tests whose only assertions checked for non-null and that checked no invariant
 * @param happyPathOnly    invariants with the {@link Signal#HAPPY_PATH_ONLY} signal
 * @param farFromBoundary  invariants with the {@link Signal#FAR_FROM_BOUNDARY} signal
 * @param mockedAway       invariants with the {@link Signal#MOCKED_AWAY} signal
 * @param couldNotBeFalsified invariants with the {@link Signal#COULD_NOT_BE_FALSIFIED} signal
 * @param unverifiedClaims tests claiming ({@code @Verifies}) an invariant they never checked
 * @param claimErrors      {@code @Verifies} ids naming no declared invariant
 * @param swallowedViolations violations nothing failed for ({@link Report#swallowed()}), one per invariant and test
 * @param checkedOnlyOutsideTests invariants only a container's set-up checked, no test ({@link CheckedBy})
 * @param checkedByWrittenTests   invariants some written test checked
 * @param checkedByGeneratedTests invariants some generated property test checked
 */
public record Summary(int declared, int checked, int unchecked, int violated, int broken, double coverage,
        int tests, int vacuousTests, long unattributedEvaluations, int notNullOnlyTests, int happyPathOnly,
        int farFromBoundary, int mockedAway, int unverifiedClaims, int claimErrors, int couldNotBeFalsified,
        int swallowedViolations, int checkedOnlyOutsideTests, int checkedByWrittenTests, int checkedByGeneratedTests) {

    static Summary of(Report report) {
        int checked = 0;
        int unchecked = 0;
        int violated = 0;
        int broken = 0;
        for (ReportInvariant invariant : report.invariants()) {
            switch (invariant.status()) {
                case CHECKED -> checked++;
                case UNCHECKED -> unchecked++;
                case VIOLATED -> violated++;
                case BROKEN -> broken++;
            }
        }
        int declared = report.invariants().size();
        double coverage = declared == 0 ? 1.0 : (double) (checked + violated) / declared;
        long unattributed = report.unattributed().values().stream()
                .mapToLong(c -> c.preFailed() + c.preHeld() + c.broken()).sum();
        return new Summary(declared, checked, unchecked, violated, broken, coverage, report.tests().size(),
                report.vacuousTests().size(), unattributed, report.notNullOnlyTests().size(),
                report.withSignal(Signal.HAPPY_PATH_ONLY).size(), report.withSignal(Signal.FAR_FROM_BOUNDARY).size(),
                report.withSignal(Signal.MOCKED_AWAY).size(), report.testsWithUnverifiedClaims().size(),
                report.claimErrors().size(), report.withSignal(Signal.COULD_NOT_BE_FALSIFIED).size(),
                report.swallowed().size(), CheckedBy.onlyOutsideTests(report).size(),
                CheckedBy.count(report, CheckedBy::writtenTests), CheckedBy.count(report, CheckedBy::generatedTests));
    }

    /** The coverage as people read it: {@code 75.0%}. */
    public String coveragePercent() {
        return percent(coverage);
    }

    /** A fraction from 0 to 1 as the report writes it: {@code 0.8} is {@code 80.0%}. */
    public static String percent(double fraction) {
        double value = fraction * 100;
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.format(java.util.Locale.ROOT, "%.1f%%", value);
        }
        // What %.1f prints (half up, on the shortest decimal form) without the formatter's cost in a cold JVM.
        return java.math.BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
