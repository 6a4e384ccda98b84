package dev.invariants.report.internal.write;

import dev.invariants.report.Report;
import dev.invariants.report.ReportInvariant;
import dev.invariants.report.ReportTest;
import dev.invariants.report.Summary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code index.html}: one self-contained page (style and script inline, nothing fetched). Every
 * value is HTML-escaped here, on the server side, so the page is correct before any script runs;
 * the script only sorts and filters rows that are already there.
 */
public final class HtmlReport {

    /** Past this many cells the test × invariant grid would be too large to read; the page lists per test instead. */
    static final int MAX_GRID_CELLS = 40_000;

    private HtmlReport() {}

    public static String render(Report report) {
        Summary s = report.summary();
        StringBuilder out = new StringBuilder(16_384);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Invariants report: ").append(s.coveragePercent()).append(" checked</title>\n<style>\n")
                .append(resource("report.css")).append("</style>\n</head>\n<body>\n");
        out.append("<header><h1>Invariants report</h1><p class=\"meta\">build ").append(esc(report.build()))
                .append(" · ").append(report.parts()).append(report.parts() == 1 ? " JVM" : " JVMs").append("</p></header>\n");
        HtmlVerdict.banner(out, report, s);
        missing(out, report);
        summary(out, report, s);
        HtmlSignals.claimErrors(out, report);
        invariants(out, report);
        grid(out, report);
        tests(out, report);
        out.append("<script>\n").append(resource("report.js")).append("</script>\n</body>\n</html>\n");
        return out.toString();
    }

    /** Test JVMs that never published: first, since every figure below lacks their tests. */
    private static void missing(StringBuilder out, Report report) {
        if (report.missing().isEmpty()) {
            return;
        }
        out.append("<section id=\"missing\"><h2>Incomplete: ").append(report.missing().size())
                .append(report.missing().size() == 1 ? " test JVM" : " test JVMs")
                .append(" did not finish, and the figures below lack their tests</h2><ul>");
        report.missing().forEach(m -> out.append("<li class=\"problem\">").append(esc(m)).append("</li>"));
        out.append("</ul></section>\n");
    }

    private static void summary(StringBuilder out, Report report, Summary s) {
        out.append("<section id=\"summary\" class=\"cards\">\n");
        card(out, "coverage", s.coveragePercent(), "coverage");
        card(out, "declared", Integer.toString(s.declared()), "declared");
        card(out, "checked", Integer.toString(s.checked()), "checked");
        card(out, "unchecked", Integer.toString(s.unchecked()), "unchecked");
        card(out, "violated", Integer.toString(s.violated()), "violated");
        card(out, "broken", Integer.toString(s.broken()), "broken");
        card(out, "tests", Integer.toString(s.tests()), "tests");
        card(out, "vacuous", report.assertionsCounted() ? Integer.toString(s.vacuousTests()) : "n/a",
                report.assertionsCounted() ? "vacuous tests" : "vacuous tests (assertions not counted)");
        HtmlSignals.cards(out, report, s);
        out.append("</section>\n");
    }

    private static void card(StringBuilder out, String key, String value, String label) {
        out.append("<div class=\"card ").append(key).append("\" data-key=\"").append(key).append("\"><b>")
                .append(esc(value)).append("</b><span>").append(esc(label)).append("</span></div>\n");
    }

    private static void invariants(StringBuilder out, Report report) {
        ReportIndex index = ReportIndex.of(report);
        out.append("<section><h2>Invariants</h2>\n<div class=\"controls\">")
                .append("<input id=\"filter\" type=\"search\" placeholder=\"filter by id, class, expression or test\" aria-label=\"filter\">")
                .append("<select id=\"status\" aria-label=\"status\"><option value=\"\">every status</option>")
                .append("<option>unchecked</option><option>checked</option><option>violated</option><option>broken</option></select>")
                .append("<span id=\"shown\"></span></div>\n")
                .append("<table id=\"invariants\" class=\"sortable\">\n<thead><tr>")
                .append("<th data-type=\"text\">status</th><th data-type=\"text\">id</th><th data-type=\"text\">declared at</th>")
                .append("<th data-type=\"text\">rule</th><th data-type=\"number\">checks</th><th data-type=\"number\">pre failed</th>")
                .append("<th data-type=\"number\">tests</th><th data-type=\"text\">signals</th></tr></thead>\n<tbody>\n");
        for (ReportInvariant invariant : report.invariants()) {
            List<String> tests = index.testsThatChecked(invariant.id());
            String status = invariant.status().reportName();
            out.append("<tr data-status=\"").append(status).append("\"><td><span class=\"badge ").append(status)
                    .append("\">").append(status).append("</span></td><td class=\"id\">").append(esc(invariant.id()))
                    .append("</td><td class=\"loc\" title=\"").append(esc(invariant.location())).append("\">")
                    .append(esc(simple(invariant.owner()))).append('.')
                    .append(esc(invariant.member() == null ? "(type)" : invariant.member().substring(0, invariant.member().indexOf('('))))
                    .append("<br><small>").append(esc(invariant.source())).append("</small></td><td class=\"rule\">");
            rule(out, invariant);
            out.append("</td><td class=\"num\">").append(invariant.counts().checks()).append("</td><td class=\"num\">")
                    .append(invariant.counts().preFailed()).append("</td><td data-sort=\"").append(tests.size())
                    .append("\"><details><summary>").append(tests.size()).append("</summary><ul>");
            for (String id : tests) {
                out.append("<li>").append(esc(testLabel(index, id))).append("</li>");
            }
            for (String id : index.containersThatChecked(invariant.id())) {
                out.append("<li class=\"container\">set-up of ").append(esc(testLabel(index, id))).append("</li>");
            }
            out.append("</ul></details></td><td class=\"signals\">");
            HtmlSignals.invariant(out, report, index, invariant);
            out.append("</td></tr>\n");
        }
        out.append("</tbody></table></section>\n");
    }

    static void rule(StringBuilder out, ReportInvariant invariant) {
        if (!"true".equals(invariant.pre().strip())) {
            out.append("<div><i>pre</i> <code>").append(esc(invariant.pre())).append("</code></div>");
        }
        if (!invariant.post().isBlank()) {
            out.append("<div><i>post</i> <code>").append(esc(invariant.post())).append("</code></div>");
        }
        if (!invariant.raises().isEmpty()) {
            out.append("<div><i>raises</i> <code>").append(esc(String.join(", ", invariant.raises()))).append("</code></div>");
        }
        if (!invariant.description().isBlank()) {
            out.append("<div class=\"desc\">").append(esc(invariant.description())).append("</div>");
        }
        for (String problem : invariant.problems()) {
            out.append("<div class=\"problem\">").append(esc(problem)).append("</div>");
        }
    }

    private static void grid(StringBuilder out, Report report) {
        out.append("<section><h2>Tests × invariants</h2>\n");
        List<ReportInvariant> columns = report.invariants();
        if ((long) columns.size() * report.tests().size() > MAX_GRID_CELLS) {
            out.append("<p>Too many tests and invariants for a grid (").append(report.tests().size()).append(" × ")
                    .append(columns.size()).append("); the list of tests below shows what each checked.</p></section>\n");
            return;
        }
        out.append("<div class=\"scroll\"><table id=\"grid\"><thead><tr><th>test</th>");
        for (ReportInvariant column : columns) {
            out.append("<th class=\"vertical\" title=\"").append(esc(column.id())).append("\"><span>")
                    .append(esc(column.id())).append("</span></th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (ReportTest test : report.tests()) {
            out.append("<tr><th title=\"").append(esc(test.id())).append("\">").append(esc(label(test))).append("</th>");
            for (ReportInvariant column : columns) {
                long checks = test.checks(column.id());
                out.append(checks > 0 ? "<td class=\"hit\">" + checks + "</td>" : "<td></td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody></table></div></section>\n");
    }

    private static void tests(StringBuilder out, Report report) {
        out.append("<section><h2>Tests</h2>\n<table id=\"tests\" class=\"sortable\"><thead><tr>")
                .append("<th data-type=\"text\">test</th><th data-type=\"text\">status</th>")
                .append("<th data-type=\"number\">invariants checked</th><th data-type=\"text\">which</th>");
        if (report.assertionsCounted()) {
            out.append("<th data-type=\"number\">assertions</th><th data-type=\"text\">vacuous</th>");
        }
        out.append("<th data-type=\"text\">signals</th>");
        out.append("</tr></thead>\n<tbody>\n");
        for (ReportTest test : report.tests()) {
            List<String> checked = test.invariants();
            boolean vacuous = test.vacuous(report.assertionsCounted());
            out.append("<tr").append(vacuous ? " class=\"vacuous\"" : "").append("><td title=\"").append(esc(test.id()))
                    .append("\">").append(esc(label(test))).append("</td><td>").append(esc(test.status()))
                    .append("</td><td class=\"num\">").append(checked.size()).append("</td><td>")
                    .append(esc(String.join(", ", checked))).append("</td>");
            if (report.assertionsCounted()) {
                out.append("<td class=\"num\">").append(test.assertions()).append("</td><td>").append(vacuous ? "vacuous" : "")
                        .append("</td>");
            }
            out.append("<td class=\"signals\">");
            HtmlSignals.test(out, report, test);
            out.append("</td></tr>\n");
        }
        out.append("</tbody></table></section>\n");
    }

    static String testLabel(ReportIndex index, String id) {
        ReportTest test = index.test(id);
        return test == null ? id : label(test);
    }

    static String label(ReportTest test) {
        String name = test.displayName() == null ? test.name() : test.displayName();
        return test.className() == null ? name : simple(test.className()) + " › " + name;
    }

    private static String simple(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    /** Escapes text for element content and quoted attribute values alike. */
    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " next to " + HtmlReport.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
