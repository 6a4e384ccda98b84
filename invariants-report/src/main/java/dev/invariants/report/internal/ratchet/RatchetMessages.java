package dev.invariants.report.internal.ratchet;

import dev.invariants.report.BaselineDelta;
import dev.invariants.report.Report;
import dev.invariants.report.ReportInvariant;
import dev.invariants.report.ReportTest;
import dev.invariants.report.Status;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    /** The failure of a run that regressed, naming every regression with its location ({@code report} is the run's). */
    public static String regressed(BaselineDelta delta, Report report) {
        StringBuilder out = new StringBuilder("invariants regressed against the baseline ").append(delta.file())
                .append(" (").append(delta.setting()).append("):\n");
        Map<String, ReportInvariant> invariants = report.invariants().stream()
                .collect(Collectors.toMap(ReportInvariant::id, Function.identity(), (a, b) -> a));
        invariants(out, "new invariants no test checks", delta.newUnchecked(), invariants);
        invariants(out, "checked in the baseline, no longer checked", delta.noLongerChecked(), invariants);
        if (!delta.newVacuousTests().isEmpty()) {
            Map<String, String> labels = report.tests().stream()
                    .collect(Collectors.toMap(ReportTest::id, ReportTest::label, (a, b) -> a));
            out.append("new vacuous tests, no assertion and no invariant checked (").append(delta.newVacuousTests().size())
                    .append("):\n");
            for (String test : delta.newVacuousTests()) {
                out.append("    ").append(labels.getOrDefault(test, test)).append('\n');
            }
        }
        return out.toString().stripTrailing();
    }

    private static void invariants(StringBuilder out, String title, List<String> ids, Map<String, ReportInvariant> byId) {
        if (ids.isEmpty()) {
            return;
        }
        out.append(title).append(" (").append(ids.size()).append("):\n");
        for (String id : ids) {
            ReportInvariant invariant = byId.get(id);
            out.append("    ").append(id);
            if (invariant != null) {
                out.append(" at ").append(invariant.location()).append(invariant.status() == Status.BROKEN ? " (broken)" : "");
            }
            out.append('\n');
        }
    }
}
