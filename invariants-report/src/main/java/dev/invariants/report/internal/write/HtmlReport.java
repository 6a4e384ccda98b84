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

    /**
     * Past this many rows, the rows that need nothing (checked rules without signals, unflagged tests) are written
     * in a {@code <template>}: parsed, never laid out until a filter or a click asks for them. 5,000 rows laid out
     * at load kept a page from answering for ~10 s (docs/benchmarks.md, the report page at scale).
     */
    static final int DEFER_ABOVE = 1_000;

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
        HtmlSignals.swallowed(out, report);
        summary(out, report, s);
        HtmlBaseline.section(out, report);
        HtmlSignals.claimErrors(out, report);
        invariants(out, report);
        HtmlDrillDown.render(out, report);
        tests(out, report);
        grid(out, report);
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
        card(out, "coverage", s.coveragePercent(), "coverage", "#");
        card(out, "declared", Integer.toString(s.declared()), "declared", "#");
        card(out, "violated", Integer.toString(s.violated()), "violated", "#status=violated");
        card(out, "broken", Integer.toString(s.broken()), "broken", "#status=broken");
        card(out, "unchecked", Integer.toString(s.unchecked()), "unchecked", "#status=unchecked");
        card(out, "checked", Integer.toString(s.checked()), "checked", "#status=checked");
        card(out, "tests", Integer.toString(s.tests()), "tests", "#tests=all");
        card(out, "vacuous", report.assertionsCounted() ? Integer.toString(s.vacuousTests()) : "n/a",
                report.assertionsCounted() ? "vacuous tests" : "vacuous tests (assertions not counted)", "#tests=vacuous");
        HtmlSignals.cards(out, report, s);
        out.append("</section>\n");
    }

    /** A summary card is a link: it filters the page to what it counts (the address keeps the filter). */
    static void card(StringBuilder out, String key, String value, String label, String href) {
        out.append("<a class=\"card ").append(key).append("\" data-key=\"").append(key.replace("signal ", ""))
                .append("\" href=\"").append(href).append("\"><b>").append(esc(value)).append("</b><span>")
                .append(esc(label)).append("</span></a>\n");
    }

    private static void invariants(StringBuilder out, Report report) {
        ReportIndex index = ReportIndex.of(report);
        out.append("<section id=\"invariants-section\"><h2>Invariants <small>problems first</small></h2>\n")
                .append("<nav id=\"crumbs\" aria-label=\"drill-down\"></nav>\n<div class=\"controls\">")
                .append("<input id=\"filter\" type=\"search\" placeholder=\"filter by id, class, expression or test\" aria-label=\"filter\">")
                .append("<select id=\"status\" aria-label=\"status\"><option value=\"\">every status</option>")
                .append("<option>violated</option><option>broken</option><option>unchecked</option><option>checked</option></select>")
                .append("<span id=\"shown\"></span> <a id=\"clear\" href=\"#\">show all</a></div>\n")
                .append("<table id=\"invariants\" class=\"sortable\">\n<thead><tr>")
                .append("<th data-type=\"number\">status</th><th data-type=\"text\">id</th><th data-type=\"text\">declared at</th>")
                .append("<th data-type=\"text\" class=\"rule\">rule</th><th data-type=\"number\">checks</th><th data-type=\"number\">pre failed</th>")
                .append("<th data-type=\"number\">tests</th><th data-type=\"number\" title=\"pairs of input classes tried together with pre held\">pairs</th>")
                .append("<th data-type=\"text\">checked by</th>")
                .append("<th data-type=\"text\">signals</th></tr></thead>\n<tbody>\n");
        List<ReportInvariant> ordered = new java.util.ArrayList<>(report.invariants());
        java.util.Map<String, List<String>> kinds = new java.util.HashMap<>();
        for (ReportInvariant invariant : ordered) {
            kinds.put(invariant.id(), dev.invariants.report.Signals.of(report, invariant).stream()
                    .map(dev.invariants.report.Signal::kind).toList());
        }
        // Problems first (violated, broken, unchecked, then with signals, then the rest), each group in report order.
        ordered.sort(java.util.Comparator.comparingInt(i -> rank(i, kinds.get(i.id()))));
        boolean defer = ordered.size() > DEFER_ABOVE;
        StringBuilder settled = new StringBuilder();
        int deferred = 0;
        StringBuilder table = out;
        for (ReportInvariant invariant : ordered) {
            List<String> tests = index.testsThatChecked(invariant.id());
            String status = invariant.status().reportName();
            int rank = rank(invariant, kinds.get(invariant.id()));
            if (defer && rank == 4) {
                out = settled;
                deferred++;
            }
            out.append("<tr data-status=\"").append(status).append("\" data-package=\"").append(esc(packageOf(invariant.owner())))
                    .append("\" data-owner=\"").append(esc(invariant.owner())).append("\" data-signals=\"")
                    .append(String.join(" ", kinds.get(invariant.id()))).append("\"><td data-sort=\"").append(rank)
                    .append("\"><span class=\"badge ").append(status)
                    .append("\">").append(status).append("</span></td><td class=\"id\">").append(esc(invariant.id()))
                    .append("</td><td class=\"loc\" title=\"").append(esc(invariant.location())).append("\">")
                    .append(esc(simple(invariant.owner()))).append('.')
                    .append(esc(invariant.member() == null ? "(type)" : invariant.member().substring(0, invariant.member().indexOf('('))))
                    .append("<br><small>").append(esc(invariant.source())).append("</small></td><td class=\"rule\">");
            rule(out, invariant);
            out.append("</td><td class=\"num\">").append(invariant.counts().checks()).append("</td><td class=\"num\">")
                    .append(invariant.counts().preFailed()).append("</td><td data-sort=\"").append(tests.size())
                    .append("\"><details").append(rank < 2 ? " open" : "").append("><summary>").append(tests.size())
                    .append("</summary><ul>");
            for (String id : tests) {
                boolean broke = index.test(id).evaluations().get(invariant.id()).violated() > 0;
                out.append(broke ? "<li class=\"broke\">" : "<li>").append(esc(testLabel(index, id)))
                        .append(broke ? " <b>violated it</b>" : "").append("</li>");
            }
            for (String id : index.containersThatChecked(invariant.id())) {
                out.append("<li class=\"container\">set-up of ").append(esc(testLabel(index, id))).append("</li>");
            }
            out.append("</ul></details></td>");
            HtmlSignals.pairs(out, invariant);
            HtmlSignals.checkedBy(out, report, invariant);
            out.append("<td class=\"signals\">");
            HtmlSignals.invariant(out, report, index, invariant);
            out.append("</td></tr>\n");
            out = table;
        }
        out.append("</tbody></table>\n");
        deferred(out, "settled-rows", deferred, settled);
        out.append("</section>\n");
    }

    private static void deferred(StringBuilder out, String id, int rows, StringBuilder content) {
        if (rows > 0) {
            out.append("<template id=\"").append(id).append("\" data-rows=\"").append(rows).append("\">\n").append(content)
                    .append("</template>\n");
        }
    }

    /** 0 violated, 1 broken, 2 unchecked, 3 with signals, 4 the rest: the order a reader should act in. */
    private static int rank(ReportInvariant invariant, List<String> signals) {
        return switch (invariant.status()) {
            case VIOLATED -> 0;
            case BROKEN -> 1;
            case UNCHECKED -> 2;
            case CHECKED -> signals.isEmpty() ? 4 : 3;
        };
    }

    static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
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
        out.append("<section id=\"tests-section\"><h2>Tests <small>flagged first</small></h2>\n")
                .append("<p class=\"controls\"><span id=\"tests-shown\"></span> <a href=\"#tests=all\">every test</a></p>\n")
                .append("<table id=\"tests\" class=\"sortable\"><thead><tr>")
                .append("<th data-type=\"text\">test</th><th data-type=\"text\">status</th>")
                .append("<th data-type=\"number\">invariants checked</th><th data-type=\"text\">which</th>");
        if (report.assertionsCounted()) {
            out.append("<th data-type=\"number\">assertions</th><th data-type=\"text\">vacuous</th>");
        }
        out.append("<th data-type=\"text\">signals</th>");
        out.append("</tr></thead>\n<tbody>\n");
        java.util.Map<ReportTest, List<String>> flags = new java.util.IdentityHashMap<>();
        report.tests().forEach(t -> flags.put(t, flags(report, t)));
        List<ReportTest> ordered = new java.util.ArrayList<>(report.tests());
        ordered.sort(java.util.Comparator.comparingInt(t -> flags.get(t).isEmpty() ? 1 : 0));
        boolean defer = ordered.size() > DEFER_ABOVE;
        StringBuilder settled = new StringBuilder();
        int deferred = 0;
        StringBuilder table = out;
        for (ReportTest test : ordered) {
            if (defer && flags.get(test).isEmpty()) {
                out = settled;
                deferred++;
            }
            List<String> checked = test.invariants();
            boolean vacuous = test.vacuous(report.assertionsCounted());
            out.append("<tr data-flags=\"").append(String.join(" ", flags.get(test))).append('"')
                    .append(vacuous ? " class=\"vacuous\"" : "").append("><td title=\"").append(esc(test.id()))
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
            out = table;
        }
        out.append("</tbody></table>\n");
        deferred(out, "settled-tests", deferred, settled);
        out.append("</section>\n");
    }

    /** What the tests view filters by ({@code #tests=vacuous}): failed, vacuous, not-null-only, unverified-claims. */
    private static List<String> flags(Report report, ReportTest test) {
        List<String> flags = new java.util.ArrayList<>();
        if ("FAILED".equals(test.status())) {
            flags.add("failed");
        }
        if (test.vacuous(report.assertionsCounted())) {
            flags.add("vacuous");
        }
        if (test.notNullOnly(report.assertionsCounted())) {
            flags.add("not-null-only");
        }
        if (!dev.invariants.report.Signals.unverifiedClaims(report, test).isEmpty()) {
            flags.add("unverified-claims");
        }
        return flags;
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
