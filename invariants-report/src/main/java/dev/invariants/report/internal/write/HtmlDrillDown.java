package dev.invariants.report.internal.write;

import static dev.invariants.report.internal.write.HtmlReport.esc;

import dev.invariants.report.Report;
import dev.invariants.report.ReportInvariant;
import dev.invariants.report.Summary;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * The drill-down the way JaCoCo's report goes: per package, then per class, the counts of each status
 * with a coverage bar; a package's link narrows the classes and the invariants to it, a class's link
 * shows that class's invariants in the table above (the address keeps the choice: {@code #class=com.acme.Fees}).
 */
final class HtmlDrillDown {

    private HtmlDrillDown() {}

    /** The counts of one package or class. */
    private static final class Tally {
        int declared;
        int checked;
        int unchecked;
        int violated;
        int broken;
        int classes;

        void add(ReportInvariant invariant) {
            declared++;
            switch (invariant.status()) {
                case CHECKED -> checked++;
                case UNCHECKED -> unchecked++;
                case VIOLATED -> violated++;
                case BROKEN -> broken++;
            }
        }

        double coverage() {
            return declared == 0 ? 1 : (double) (checked + violated) / declared;
        }
    }

    static void render(StringBuilder out, Report report) {
        Map<String, Tally> packages = new TreeMap<>();
        Map<String, Tally> classes = new TreeMap<>();
        for (ReportInvariant invariant : report.invariants()) {
            Tally owner = classes.computeIfAbsent(invariant.owner(), k -> new Tally());
            Tally pkg = packages.computeIfAbsent(HtmlReport.packageOf(invariant.owner()), k -> new Tally());
            if (owner.declared == 0) {
                pkg.classes++;
            }
            owner.add(invariant);
            pkg.add(invariant);
        }
        out.append("<section id=\"drill-down\"><h2>By package and class</h2>\n<div class=\"drill\">")
                .append("<table id=\"packages\" class=\"sortable\"><thead><tr><th data-type=\"text\">package</th>")
                .append("<th data-type=\"number\">classes</th>");
        headers(out);
        packages.forEach((name, tally) -> {
            out.append("<tr data-package=\"").append(esc(name)).append("\"><td><a href=\"#package=").append(encode(name))
                    .append("\">").append(esc(name.isEmpty() ? "(default package)" : name)).append("</a></td><td class=\"num\">")
                    .append(tally.classes).append("</td>");
            cells(out, tally);
        });
        out.append("</tbody></table>\n<table id=\"classes\" class=\"sortable\"><thead><tr><th data-type=\"text\">class</th>");
        headers(out);
        classes.forEach((name, tally) -> {
            out.append("<tr data-package=\"").append(esc(HtmlReport.packageOf(name))).append("\" data-owner=\"").append(esc(name))
                    .append("\"><td title=\"").append(esc(name)).append("\"><a href=\"#class=").append(encode(name)).append("\">")
                    .append(esc(name.substring(name.lastIndexOf('.') + 1))).append("</a></td>");
            cells(out, tally);
        });
        out.append("</tbody></table></div></section>\n");
    }

    private static void headers(StringBuilder out) {
        out.append("<th data-type=\"number\">declared</th><th data-type=\"number\">checked</th>")
                .append("<th data-type=\"number\">unchecked</th><th data-type=\"number\">violated</th>")
                .append("<th data-type=\"number\">broken</th><th data-type=\"number\">coverage</th></tr></thead>\n<tbody>\n");
    }

    private static void cells(StringBuilder out, Tally tally) {
        for (int value : new int[] {tally.declared, tally.checked, tally.unchecked, tally.violated, tally.broken}) {
            out.append("<td class=\"num\">").append(value).append("</td>");
        }
        double ok = 100.0 * tally.checked / tally.declared;
        double bad = 100.0 * (tally.violated + tally.broken) / tally.declared;
        out.append("<td class=\"cov\" data-sort=\"").append(tally.coverage()).append("\"><span class=\"bar\"><i class=\"ok\" style=\"width:")
                .append(width(ok)).append("%\"></i><i class=\"bad\" style=\"width:").append(width(bad)).append("%\"></i></span> ")
                .append(Summary.percent(tally.coverage())).append("</td></tr>\n");
    }

    private static String width(double percent) {
        return java.math.BigDecimal.valueOf(percent).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** As the page's script encodes a value into the address (encodeURIComponent), so that the link and a typed filter agree. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
