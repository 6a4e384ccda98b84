package dev.invariants.junit.internal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.report.Counts;
import dev.invariants.report.Report;
import dev.invariants.report.ReportInvariant;
import dev.invariants.report.ReportTest;
import dev.invariants.report.internal.merge.Merge;
import dev.invariants.report.internal.write.HtmlReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large report's page in headless Chromium: past 1,000 rows the rows that need nothing wait in a template
 * (not laid out at load), and join the table as soon as a view could show them.
 */
class HtmlDeferredRowsInBrowserTests {

    private static final String COUNT = "function count(selector) { return page.document.querySelectorAll(selector).length; }\n";

    @TempDir
    Path dir;

    private Chromium chromium;
    private Path page;

    @BeforeEach
    void writePage() throws Exception {
        chromium = Chromium.require();
        // 1,200 invariants of 60 classes; tests 0..1099 each check the invariant of their number: 100 stay unchecked.
        List<ReportInvariant> invariants = new ArrayList<>();
        List<ReportTest> tests = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            invariants.add(new ReportInvariant("rule-" + i, "method", "com.acme.Service" + i / 20, "op" + i + "()",
                    "Service" + i / 20 + ".java:" + (10 + i % 20), "true", "result >= 0", List.of(), "", Counts.ZERO, List.of()));
        }
        for (int t = 0; t < 1100; t++) {
            tests.add(new ReportTest("[engine:junit-jupiter]/[class:com.acme.ServiceTests]/[method:case" + t + "()]",
                    "com.acme.ServiceTests", "case" + t + "()", "case" + t + "()", "SUCCESSFUL", 1,
                    Map.of("rule-" + t, new Counts(0, 1, 0, 0, 0))));
        }
        Report report = Merge.withTotals(new Report("big", true, 1, invariants, tests, List.of(), Map.of()));
        page = dir.resolve("index.html");
        Files.writeString(page, HtmlReport.render(report));
    }

    @Test
    @DisplayName("should lay out only the unchecked rules at load, and say how to list the rest")
    void atLoad() throws Exception {
        String text = chromium.inFrame(page, "", COUNT + "done(count('#invariants tbody tr') + '|' + count('#tests tbody tr')"
                + " + '|' + page.document.getElementById('shown').textContent);");

        assertThat(text).isEqualTo("100|0|100 of 1200 shown; 1100 checked without signals not listed: list them");
    }

    @Test
    @DisplayName("should list the deferred rows when asked, when a filter could match them, and when a class is chosen")
    void listedOnDemand() throws Exception {
        String listed = chromium.inFrame(page, "", COUNT + "page.document.querySelector('#shown a').click();"
                + "setTimeout(function () { done(page.location.hash + '|' + page.document.getElementById('shown').textContent); }, 300);");
        String filtered = chromium.inFrame(page, "#filter=rule-1099", "done(page.document.getElementById('shown').textContent);");
        String byClass = chromium.inFrame(page, "#class=com.acme.Service3", "done(page.document.getElementById('shown').textContent);");
        String sortedById = chromium.inFrame(page, "", COUNT + "page.document.querySelectorAll('#invariants thead th')[1].click();"
                + "done(count('#invariants tbody tr') + '|' + page.document.querySelector('#invariants tbody td.id').textContent);");
        String everyTest = chromium.inFrame(page, "#tests=all", COUNT + "done(count('#tests tbody tr:not([hidden])'));");

        assertThat(listed).isEqualTo("#status=checked|1100 of 1200 shown");
        assertThat(filtered).isEqualTo("1 of 1200 shown");
        assertThat(byClass).isEqualTo("20 of 1200 shown");
        assertThat(sortedById).isEqualTo("1200|rule-0");
        assertThat(everyTest).isEqualTo("1100");
    }
}
