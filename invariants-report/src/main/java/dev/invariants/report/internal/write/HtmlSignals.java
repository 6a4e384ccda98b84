package dev.invariants.report.internal.write;

import static dev.invariants.report.internal.write.HtmlReport.esc;

import dev.invariants.report.CheckedBy;
import dev.invariants.report.Combinations;
import dev.invariants.report.Report;
import dev.invariants.report.ReportInvariant;
import dev.invariants.report.ReportTest;
import dev.invariants.report.Signal;
import dev.invariants.report.Signals;
import dev.invariants.report.Summary;
import dev.invariants.report.Swallowed;
import java.util.List;

/** The signals on the page: summary cards, the signals cell of each invariant and test, {@code @Verifies} errors. */
final class HtmlSignals {

    private HtmlSignals() {}

    static void cards(StringBuilder out, Report report, Summary s) {
        if (report.assertionsCounted()) {
            HtmlReport.card(out, "signal not-null-only", Integer.toString(s.notNullOnlyTests()), "tests asserting only not-null",
                    "#tests=not-null-only");
        }
        card(out, Signal.HAPPY_PATH_ONLY, s.happyPathOnly(), "happy path only");
        card(out, Signal.FAR_FROM_BOUNDARY, s.farFromBoundary(), "never near the edge");
        card(out, Signal.MOCKED_AWAY, s.mockedAway(), "mocked away");
        if (s.couldNotBeFalsified() > 0) {
            // only runs with generated tests can tell: no card, rather than a 0 that reads as "no tautology"
            card(out, Signal.COULD_NOT_BE_FALSIFIED, s.couldNotBeFalsified(), "could not be falsified");
        }
        HtmlReport.card(out, "signal unverified-claims", Integer.toString(s.unverifiedClaims()), "tests with unverified claims",
                "#tests=unverified-claims");
    }

    private static void card(StringBuilder out, String kind, int value, String label) {
        HtmlReport.card(out, "signal " + kind, Integer.toString(value), label, "#signal=" + kind);
    }

    /** Violations nothing failed for: before anything else on the page, since no test result shows them. */
    static void swallowed(StringBuilder out, Report report) {
        List<Swallowed> swallowed = report.swallowed();
        if (swallowed.isEmpty()) {
            return;
        }
        out.append("<section id=\"swallowed\"><h2>Swallowed violations: ").append(swallowed.size())
                .append(swallowed.size() == 1 ? " violation" : " violations")
                .append(" the code under test caught, nothing failed for them</h2><ul>");
        for (Swallowed each : swallowed) {
            out.append("<li class=\"problem\"><b>").append(esc(each.invariant().id())).append("</b> in ")
                    .append(esc(each.where())).append("<br>")
                    .append(esc(each.message() == null ? each.invariant().location() : each.message())).append("</li>");
        }
        out.append("</ul></section>\n");
    }

    /**
     * The invariant's "checked by" cell: written tests, generated tests, set-up; the filter box matches its words
     * ({@code generated}, {@code written}), so the table narrows to either.
     */
    static void checkedBy(StringBuilder out, Report report, ReportInvariant invariant) {
        CheckedBy by = CheckedBy.of(report, invariant);
        List<String> sources = new java.util.ArrayList<>();
        if (by.writtenTests()) {
            sources.add("written tests");
        }
        if (by.generatedTests()) {
            sources.add("generated tests");
        }
        if (by.outsideTests()) {
            sources.add("set-up");
        }
        out.append("<td class=\"checked-by\" data-written=\"").append(by.writtenTests()).append("\" data-generated=\"")
                .append(by.generatedTests()).append("\">").append(esc(String.join(", ", sources))).append("</td>");
    }

    static void claimErrors(StringBuilder out, Report report) {
        List<String> errors = report.claimErrors();
        if (errors.isEmpty()) {
            return;
        }
        out.append("<section id=\"claim-errors\"><h2>@Verifies ids that name no declared invariant</h2><ul>");
        errors.forEach(e -> out.append("<li class=\"problem\">").append(esc(e)).append("</li>"));
        out.append("</ul></section>\n");
    }

    /** The pairwise coverage cell: {@code 9/11}, the missing pairs under it; empty when not measured. */
    static void pairs(StringBuilder out, ReportInvariant invariant) {
        Combinations combinations = invariant.combinations();
        if (combinations == null) {
            out.append("<td class=\"pairs\" data-sort=\"2\"></td>");
            return;
        }
        List<String> missing = combinations.missingMostTellingFirst().stream().map(Combinations.Pair::text).toList();
        out.append("<td class=\"pairs\" data-sort=\"").append(combinations.ratio()).append("\">");
        if (missing.isEmpty()) {
            out.append(combinations.covered()).append('/').append(combinations.possible()).append("</td>");
            return;
        }
        out.append("<details><summary>").append(combinations.covered()).append('/').append(combinations.possible())
                .append(", ").append(missing.size()).append(" never tried</summary><ul>");
        missing.forEach(pair -> out.append("<li>").append(esc(pair)).append("</li>"));
        out.append("</ul></details></td>");
    }

    static void invariant(StringBuilder out, Report report, ReportIndex index, ReportInvariant invariant) {
        for (Signal signal : Signals.of(report, invariant)) {
            out.append("<div class=\"signal ").append(signal.kind()).append("\"><i>").append(signal.kind())
                    .append("</i> ").append(esc(signal.message())).append("</div>");
        }
        List<String> claimedBy = index.claimedBy(invariant.id());
        if (!claimedBy.isEmpty()) {
            out.append("<div class=\"claims\"><i>claimed by</i> ");
            out.append(esc(String.join(", ", claimedBy.stream().map(id -> HtmlReport.testLabel(index, id)).toList())));
            out.append("</div>");
        }
    }

    static void test(StringBuilder out, Report report, ReportTest test) {
        if (test.notNullOnly(report.assertionsCounted())) {
            out.append("<div class=\"signal not-null-only\">only not-null assertions</div>");
        }
        List<String> unverified = Signals.unverifiedClaims(report, test);
        if (!unverified.isEmpty()) {
            out.append("<div class=\"signal unverified-claims\">claims but never checked: ")
                    .append(esc(String.join(", ", unverified))).append("</div>");
        }
        List<String> unknown = Signals.unknownClaims(report, test);
        if (!unknown.isEmpty()) {
            out.append("<div class=\"problem\">@Verifies names no declared invariant: ")
                    .append(esc(String.join(", ", unknown))).append("</div>");
        }
        if (!test.mocked().isEmpty()) {
            out.append("<div class=\"mocks\"><i>mocked</i> ").append(esc(String.join(", ",
                    test.mocked().stream().map(n -> n.substring(n.lastIndexOf('.') + 1)).toList()))).append("</div>");
        }
    }
}
