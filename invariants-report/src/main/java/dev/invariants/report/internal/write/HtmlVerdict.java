package dev.invariants.report.internal.write;

import static dev.invariants.report.internal.write.HtmlReport.esc;

import dev.invariants.report.BaselineDelta;
import dev.invariants.report.GateRule;
import dev.invariants.report.Report;
import dev.invariants.report.ReportInvariant;
import dev.invariants.report.ReportTest;
import dev.invariants.report.Status;
import dev.invariants.report.Summary;
import java.util.ArrayList;
import java.util.List;

/**
 * The banner the page opens with: the gate's verdict with its rule, then every violated and broken
 * invariant with its location and the tests that broke it, so that a failing build's page answers
 * "what failed, where, and which test" in its first screen.
 */
final class HtmlVerdict {

    /** Problems listed in the banner per status; the rest are one click away in the table. */
    static final int SHOWN = 5;

    private HtmlVerdict() {}

    static void banner(StringBuilder out, Report report, Summary s) {
        GateRule gate = report.gate();
        BaselineDelta baseline = report.baseline();
        boolean problems = s.violated() + s.broken() > 0;
        out.append("<section id=\"verdict\" class=\"verdict ").append(verdict(report))
                .append(problems ? " problems" : "").append("\">\n<h2 id=\"headline\">").append(esc(headline(report, s)))
                .append("</h2>\n<p class=\"rule\">");
        List<String> settings = settings(gate, baseline);
        if (!settings.isEmpty()) {
            out.append("rule ");
            settings.forEach(setting -> out.append("<code>").append(esc(setting)).append("</code> "));
            out.append("· ");
        }
        out.append("coverage ").append(s.coveragePercent()).append(" (").append(s.checked() + s.violated()).append(" of ")
                .append(s.declared()).append(") · ");
        count(out, "violated", s.violated(), "#status=violated");
        count(out, "broken", s.broken(), "#status=broken");
        count(out, "unchecked", s.unchecked(), "#status=unchecked");
        if (report.assertionsCounted()) {
            count(out, "vacuous tests", s.vacuousTests(), "#tests=vacuous");
        }
        out.setLength(out.length() - 3);
        out.append("</p>\n");
        HtmlBaseline.line(out, report);
        problems(out, report, Status.VIOLATED);
        problems(out, report, Status.BROKEN);
        HtmlBaseline.regressions(out, report);
        out.append("</section>\n");
    }

    /** {@code none}, {@code not-applied}, {@code failed} or {@code passed}: the gate and the ratchet together. */
    static String verdict(Report report) {
        GateRule gate = report.gate();
        if (gate == null && report.baseline() == null) {
            return "none";
        }
        if (gate != null && gate.notApplied() != null) {
            return "not-applied";
        }
        return failures(report).isEmpty() ? "passed" : "failed";
    }

    static String headline(Report report, Summary s) {
        GateRule gate = report.gate();
        BaselineDelta baseline = report.baseline();
        if (gate == null && baseline == null) {
            return "No gate: coverage " + s.coveragePercent() + " is not judged (none of invariants.gate.min-coverage,"
                    + " invariants.gate.baseline or the plugin's check is set)";
        }
        if (gate != null && gate.notApplied() != null) {
            return "Gate not applied (" + (gate.hasMinimum() ? "minimum " + Summary.percent(gate.minCoverage())
                    : gate.setting()) + "): " + gate.notApplied();
        }
        List<String> failures = failures(report);
        if (!failures.isEmpty()) {
            return "Gate failed: " + String.join("; ", failures);
        }
        List<String> met = new ArrayList<>();
        if (gate != null && gate.hasMinimum()) {
            met.add("invariant coverage " + s.coveragePercent() + " meets the minimum " + Summary.percent(gate.minCoverage()));
        }
        if (gate != null && gate.failOnVacuousTests()) {
            met.add("no vacuous test");
        }
        if (baseline != null) {
            met.add("no regression against the baseline " + baseline.name() + " (coverage "
                    + Summary.percent(baseline.coverageAfter()) + ", " + baseline.points() + ")");
        }
        return "Gate passed: " + (met.isEmpty() ? "coverage " + s.coveragePercent() : String.join("; ", met));
    }

    /** What fails the gate's rule, the ratchet included; the ratchet's alone when the report carries no rule. */
    private static List<String> failures(Report report) {
        if (report.gate() != null) {
            return report.gate().failures(report);
        }
        BaselineDelta baseline = report.baseline();
        return baseline == null || !baseline.regressed() ? List.of() : List.of(baseline.failure());
    }

    /** The settings the rule was given, each once: the gate's, and the baseline's when the gate does not name it. */
    private static List<String> settings(GateRule gate, BaselineDelta baseline) {
        List<String> settings = new ArrayList<>();
        if (gate != null && gate.setting() != null) {
            settings.add(gate.setting());
        }
        if (baseline != null && baseline.setting() != null
                && settings.stream().noneMatch(setting -> setting.contains(baseline.setting()))) {
            settings.add(baseline.setting());
        }
        return settings;
    }

    private static void count(StringBuilder out, String what, int value, String href) {
        out.append("<a class=\"count ").append(what.split(" ")[0]).append(value > 0 ? " nonzero" : "").append("\" href=\"")
                .append(href).append("\">").append(what).append(": ").append(value).append("</a> · ");
    }

    private static void problems(StringBuilder out, Report report, Status status) {
        List<ReportInvariant> invariants = report.withStatus(status);
        if (invariants.isEmpty()) {
            return;
        }
        out.append("<ul class=\"problems ").append(status.reportName()).append("\">\n");
        for (ReportInvariant invariant : invariants.subList(0, Math.min(SHOWN, invariants.size()))) {
            out.append("<li><span class=\"badge ").append(status.reportName()).append("\">").append(status.reportName())
                    .append("</span> <b class=\"id\">").append(esc(invariant.id())).append("</b> at <code class=\"loc\">")
                    .append(esc(invariant.location())).append("</code>");
            List<String> breakers = breakers(report, invariant);
            if (!breakers.isEmpty()) {
                out.append(" by <span class=\"tests\">").append(esc(String.join(", ", breakers))).append("</span>");
            }
            out.append("<div class=\"rule\">");
            HtmlReport.rule(out, invariant);
            out.append("</div></li>\n");
        }
        if (invariants.size() > SHOWN) {
            out.append("<li class=\"more\"><a href=\"#status=").append(status.reportName()).append("\">and ")
                    .append(invariants.size() - SHOWN).append(" more ").append(status.reportName()).append("</a></li>\n");
        }
        out.append("</ul>\n");
    }

    /** The tests (and set-up containers) whose evaluations violated or broke the invariant, as the page names them. */
    private static List<String> breakers(Report report, ReportInvariant invariant) {
        return java.util.stream.Stream.concat(report.tests().stream(), report.containers().stream())
                .filter(t -> broke(t, invariant.id())).map(HtmlReport::label).distinct().toList();
    }

    private static boolean broke(ReportTest test, String id) {
        var counts = test.evaluations().get(id);
        return counts != null && (counts.violated() > 0 || counts.broken() > 0);
    }
}
