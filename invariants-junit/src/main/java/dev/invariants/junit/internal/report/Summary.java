package dev.invariants.junit.internal.report;

/**
 * The counts at the top of every report.
 *
 * @param coverage (checked + violated) / declared; 1 when nothing is declared (there is nothing left unchecked)
 */
public record Summary(int declared, int checked, int unchecked, int violated, int broken, double coverage,
        int tests, int vacuousTests, long unattributedEvaluations) {

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
                report.vacuousTests().size(), unattributed);
    }

    /** The coverage as people read it: {@code 75.0%}. */
    public String coveragePercent() {
        return percent(coverage);
    }

    static String percent(double fraction) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", fraction * 100);
    }
}
