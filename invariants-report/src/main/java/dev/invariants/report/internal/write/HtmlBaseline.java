package dev.invariants.report.internal.write;

import static dev.invariants.report.internal.write.HtmlReport.esc;

import dev.invariants.report.BaselineDelta;
import dev.invariants.report.Report;
import dev.invariants.report.ReportInvariant;
import dev.invariants.report.ReportTest;
import dev.invariants.report.Summary;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The ratchet on the page: in the banner, the delta in one line and the regressions that fail it (the first few,
 * with their locations); further down, a section with the whole delta. Written from {@link Report#baseline()}, what
 * the gate judged, so the page and the build say the same.
 */
final class HtmlBaseline {

    private HtmlBaseline() {}

    /** The banner's line under the rule: nothing when the report was compared with no baseline. */
    static void line(StringBuilder out, Report report) {
        BaselineDelta delta = report.baseline();
        if (delta == null) {
            return;
        }
        out.append("<p class=\"baseline\">against the baseline <code>").append(esc(delta.file())).append("</code>: coverage ")
                .append(Summary.percent(delta.coverageBefore())).append(" → ").append(Summary.percent(delta.coverageAfter()))
                .append(" (").append(esc(delta.points())).append(") · ");
        count(out, delta.newUnchecked().size(), "new unchecked", true);
        count(out, delta.noLongerChecked().size(), "no longer checked", true);
        if (delta.vacuousCompared()) {
            count(out, delta.newVacuousTests().size(), "new vacuous tests", true);
        }
        count(out, delta.newlyChecked().size(), "newly checked", false);
        count(out, delta.removed().size(), "removed", false);
        out.setLength(out.length() - 3);
        out.append("</p>\n");
    }

    /** The regressions that fail the ratchet, the first few with their locations; after the violated rules. */
    static void regressions(StringBuilder out, Report report) {
        BaselineDelta delta = report.baseline();
        if (delta == null || !delta.regressed()) {
            return;
        }
        Map<String, ReportInvariant> byId = byId(report);
        out.append("<ul class=\"problems regressed\">\n");
        int shown = 0;
        for (String id : delta.newUnchecked()) {
            shown = item(out, "new unchecked", id, byId.get(id), shown);
        }
        for (String id : delta.noLongerChecked()) {
            shown = item(out, "no longer checked", id, byId.get(id), shown);
        }
        Map<String, String> labels = labels(report);
        for (String id : delta.newVacuousTests()) {
            if (shown++ < HtmlVerdict.SHOWN) {
                out.append("<li><span class=\"badge unchecked\">new vacuous</span> <b class=\"id\">")
                        .append(esc(labels.getOrDefault(id, id))).append("</b></li>\n");
            }
        }
        int regressions = delta.newUnchecked().size() + delta.noLongerChecked().size() + delta.newVacuousTests().size();
        if (regressions > HtmlVerdict.SHOWN) {
            out.append("<li class=\"more\"><a href=\"#baseline\">and ").append(regressions - HtmlVerdict.SHOWN)
                    .append(" more regressions</a></li>\n");
        }
        out.append("</ul>\n");
    }

    /** The whole delta: every regression, then what got better, each invariant with its location. */
    static void section(StringBuilder out, Report report) {
        BaselineDelta delta = report.baseline();
        if (delta == null) {
            return;
        }
        out.append("<section id=\"baseline\"><h2>Against the baseline <small>").append(esc(delta.setting() == null ? ""
                : delta.setting())).append("</small></h2>\n<p>").append(esc(delta.line())).append("</p>\n");
        Map<String, ReportInvariant> byId = byId(report);
        invariants(out, "New invariants no test checks", "regressed", delta.newUnchecked(), byId);
        invariants(out, "Checked in the baseline, no longer checked", "regressed", delta.noLongerChecked(), byId);
        if (!delta.newVacuousTests().isEmpty()) {
            Map<String, String> labels = labels(report);
            out.append("<h3>New vacuous tests, no assertion and no invariant checked (").append(delta.newVacuousTests().size())
                    .append(")</h3><ul class=\"regressed\">");
            delta.newVacuousTests().forEach(id -> out.append("<li>").append(esc(labels.getOrDefault(id, id))).append("</li>"));
            out.append("</ul>\n");
        }
        invariants(out, "Newly checked", "improved", delta.newlyChecked(), byId);
        if (!delta.removed().isEmpty()) {
            out.append("<h3>Removed since the baseline (").append(delta.removed().size()).append(")</h3><ul class=\"improved\">");
            delta.removed().forEach(id -> out.append("<li><b class=\"id\">").append(esc(id)).append("</b></li>"));
            out.append("</ul>\n");
        }
        out.append("</section>\n");
    }

    private static void invariants(StringBuilder out, String title, String kind, List<String> ids,
            Map<String, ReportInvariant> byId) {
        if (ids.isEmpty()) {
            return;
        }
        out.append("<h3>").append(title).append(" (").append(ids.size()).append(")</h3><ul class=\"").append(kind).append("\">");
        for (String id : ids) {
            out.append("<li>");
            invariant(out, id, byId.get(id));
            out.append("</li>");
        }
        out.append("</ul>\n");
    }

    private static int item(StringBuilder out, String badge, String id, ReportInvariant invariant, int shown) {
        if (shown < HtmlVerdict.SHOWN) {
            out.append("<li><span class=\"badge unchecked\">").append(badge).append("</span> ");
            invariant(out, id, invariant);
            out.append("</li>\n");
        }
        return shown + 1;
    }

    /** The id as a link that filters the table to it, and where it is declared. */
    private static void invariant(StringBuilder out, String id, ReportInvariant invariant) {
        out.append("<a class=\"id\" href=\"#filter=").append(esc(HtmlDrillDown.encode(id))).append("\"><b>").append(esc(id))
                .append("</b></a>");
        if (invariant != null) {
            out.append(" at <code class=\"loc\">").append(esc(invariant.location())).append("</code>");
        }
    }

    private static void count(StringBuilder out, int value, String what, boolean regression) {
        out.append("<a class=\"count").append(regression && value > 0 ? " nonzero regressed" : "")
                .append("\" href=\"#baseline\">").append(value).append(' ').append(what).append("</a> · ");
    }

    private static Map<String, ReportInvariant> byId(Report report) {
        return report.invariants().stream().collect(Collectors.toMap(ReportInvariant::id, Function.identity(), (a, b) -> a));
    }

    private static Map<String, String> labels(Report report) {
        return report.tests().stream().collect(Collectors.toMap(ReportTest::id, HtmlReport::label, (a, b) -> a));
    }
}
