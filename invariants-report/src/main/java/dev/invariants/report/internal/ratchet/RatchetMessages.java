package dev.invariants.report.internal.ratchet;

import dev.invariants.report.ReportInvariant;
import dev.invariants.report.ReportTest;
import dev.invariants.report.Status;
import dev.invariants.report.Summary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;

/** What the ratchet says, one factory per message; the session gate and the plugin's {@code check} print the same. */
public final class RatchetMessages {

    private RatchetMessages() {}

    static String missingBaseline(Path file, String setting) {
        return "the baseline report " + file + " (" + setting + ") does not exist; the run fails rather than run"
                + " without the ratchet. Put an earlier build's invariants.json there, or remove the setting.";
    }

    static String unreadableBaseline(Path file, String setting, String reason) {
        return "the baseline report " + file + " (" + setting + ") cannot be read, so the run fails rather than run"
                + " without the ratchet: " + reason;
    }

    /**
     * The delta in one line, printed whether or not it regressed:
     * {@code baseline /p/base.json: coverage 40.0% (baseline 50.0%, -10.0 points); 1 new unchecked, ...}.
     */
    public static String delta(Delta delta, Path baseline) {
        return "baseline " + baseline + ": coverage " + Summary.percent(delta.coverage()) + " (baseline "
                + Summary.percent(delta.baselineCoverage()) + ", " + points(delta) + "); "
                + delta.newUnchecked().size() + " new unchecked, " + delta.noLongerChecked().size() + " no longer checked, "
                + (delta.vacuousCompared() ? delta.newVacuous().size() + (delta.newVacuous().size() == 1 ? " new vacuous test" : " new vacuous tests")
                        : "vacuous tests not compared (assertions not counted)")
                + "; " + delta.newlyChecked().size() + " newly checked, " + delta.removed().size() + " removed";
    }

    /** The failure of a run that regressed, naming every regression with its location. */
    public static String regressed(Delta delta, Path baseline, String setting) {
        StringBuilder out = new StringBuilder("invariants regressed against the baseline ").append(baseline).append(" (")
                .append(setting).append("):\n");
        invariants(out, "new invariants no test checks", delta.newUnchecked());
        invariants(out, "checked in the baseline, no longer checked", delta.noLongerChecked());
        if (!delta.newVacuous().isEmpty()) {
            out.append("new vacuous tests, no assertion and no invariant checked (").append(delta.newVacuous().size())
                    .append("):\n");
            for (ReportTest test : delta.newVacuous()) {
                out.append("    ").append(test.label()).append('\n');
            }
        }
        return out.toString().stripTrailing();
    }

    private static void invariants(StringBuilder out, String title, List<ReportInvariant> invariants) {
        if (invariants.isEmpty()) {
            return;
        }
        out.append(title).append(" (").append(invariants.size()).append("):\n");
        for (ReportInvariant invariant : invariants) {
            out.append("    ").append(invariant.id()).append(" at ").append(invariant.location())
                    .append(invariant.status() == Status.BROKEN ? " (broken)" : "").append('\n');
        }
    }

    /** The change in percentage points between the two figures as printed, so that the three numbers agree. */
    private static String points(Delta delta) {
        BigDecimal change = rounded(delta.coverage()).subtract(rounded(delta.baselineCoverage()));
        return (change.signum() >= 0 ? "+" : "") + change.toPlainString() + " points";
    }

    private static BigDecimal rounded(double fraction) {
        return BigDecimal.valueOf(fraction * 100).setScale(1, RoundingMode.HALF_UP);
    }
}
