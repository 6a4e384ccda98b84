package dev.invariants.report.internal.write;

import static dev.invariants.report.internal.write.HtmlReport.esc;

import dev.invariants.report.GateRule;
import dev.invariants.report.Report;
import dev.invariants.report.ReportInvariant;
import dev.invariants.report.ReportTest;
import dev.invariants.report.Status;
import dev.invariants.report.Summary;
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
        String verdict = gate == null ? "none" : gate.verdict(report);
        boolean problems = s.violated() + s.broken() > 0;
        out.append("<section id=\"verdict\" class=\"verdict ").append(verdict)
                .append(problems ? " problems" : "").append("\">\n<h2 id=\"headline\">").append(esc(headline(report, gate, s)))
                .append("</h2>\n<p class=\"rule\">");
        if (gate != null) {
            out.append("rule <code>").append(esc(gate.setting())).append("</code> · ");
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
        problems(out, report, Status.VIOLATED);
        problems(out, report, Status.BROKEN);
        out.append("</section>\n");
    }

    static String headline(Report report, GateRule gate, Summary s) {
        if (gate == null) {
            return "No gate: coverage " + s.coveragePercent() + " is not judged (invariants.gate.min-coverage is not set)";
        }
        if (gate.notApplied() != null) {
            return "Gate not applied (minimum " + Summary.percent(gate.minCoverage()) + "): " + gate.notApplied();
        }
        List<String> failures = gate.failures(report);
        if (!failures.isEmpty()) {
            return "Gate failed: " + String.join("; ", failures);
        }
        return "Gate passed: invariant coverage " + s.coveragePercent() + " meets the minimum " + Summary.percent(gate.minCoverage());
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
