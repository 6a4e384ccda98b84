package dev.invariants.junit.internal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.junit.fixtures.page.PageTestCase;
import dev.invariants.junit.fixtures.page.PassingPageTestCase;
import dev.invariants.junit.testkit.FixtureRun;
import dev.invariants.junit.testkit.FixtureRunResult;
import dev.invariants.report.BaselineDelta;
import dev.invariants.report.ReportReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The session gate's ratchet ({@code invariants.gate.baseline}) as a user sees it: real launcher sessions over the page
 * fixtures, one writing the baseline and one judged against it; the console, {@code invariants.json} and the page in
 * headless Chromium show the same delta, and the banner states the ratchet as the rule applied.
 */
class RatchetInBrowserTests {

    private static final String PAGE = "dev.invariants.junit.fixtures.page";

    @TempDir
    Path dir;

    private Chromium chromium;

    @BeforeEach
    void browser() {
        chromium = Chromium.require();
    }

    private static FixtureRunResult run(Path reportDir, Class<?> testCase, String scan, Path baseline) {
        FixtureRun run = FixtureRun.of(testCase)
                .configuration("invariants.report.dir", reportDir.toString())
                .configuration("invariants.scan.packages", scan)
                .configuration("invariants.gate.partial-runs", "apply");
        if (baseline != null) {
            run.configuration("invariants.gate.baseline", baseline.toString());
        }
        return run.execute();
    }

    @Test
    @DisplayName("should fail a run that regressed, and show the delta in the console, the JSON and the page's first screen")
    void regressed() throws Exception {
        // The baseline declared the ledger's two rules and the three fee rules its calls reached: 4 of 5 checked
        // (fee-rejects-negative only with its pre false).
        run(dir.resolve("base"), PassingPageTestCase.class, PAGE + ".ledger", null);
        Path baseline = dir.resolve("base/invariants.json");

        FixtureRunResult result = run(dir.resolve("run"), PageTestCase.class, PAGE, baseline);

        assertThat(result.closeFailure()).hasMessageContaining("invariants regressed against the baseline " + baseline);
        String line = "[invariants] baseline " + baseline + ": coverage 42.9% (baseline 80.0%, -37.1 points);"
                + " 2 new unchecked, 2 no longer checked, 1 new vacuous test; 1 newly checked, 0 removed";
        assertThat(result.output()).contains(line);
        assertThat(result.output().indexOf(line)).as("printed once").isEqualTo(result.output().lastIndexOf(line));

        BaselineDelta delta = ReportReader.read(dir.resolve("run/invariants.json")).baseline();
        assertThat(delta.file()).isEqualTo(baseline.toString());
        assertThat(delta.setting()).isEqualTo("invariants.gate.baseline=" + baseline);
        assertThat(delta.newUnchecked()).containsExactlyInAnyOrder("round-to-cent", "round-never-negative");
        assertThat(delta.noLongerChecked()).containsExactlyInAnyOrder("fee-waived-for-staff", "close-zeroes");
        assertThat(delta.newVacuousTests()).singleElement().asString().endsWith("[method:checksNothing()]");
        assertThat(delta.newlyChecked()).containsExactly("fee-rejects-negative");
        assertThat(delta.coverageBefore()).isEqualTo(0.8);

        Path page = dir.resolve("run/index.html");
        String dom = chromium.dumpDom(page.toUri().toString());
        assertThat(dom).contains("<h2 id=\"headline\">Gate failed: 2 new invariants no test checks, 2 invariants checked"
                + " in the baseline no longer checked, 1 new vacuous test against the baseline invariants.json</h2>");
        assertThat(dom).contains("<section id=\"verdict\" class=\"verdict failed problems\">");
        String banner = dom.substring(dom.indexOf("id=\"verdict\""), dom.indexOf("</section>", dom.indexOf("id=\"verdict\"")));
        assertThat(banner).contains("rule <code>invariants.gate.baseline=" + baseline + "</code>",
                "coverage 80.0% → 42.9% (-37.1 points)", ">2 new unchecked<", ">2 no longer checked<",
                ">1 new vacuous tests<", ">1 newly checked<");
        assertThat(banner).contains("<span class=\"badge unchecked\">new unchecked</span> <a class=\"id\""
                + " href=\"#filter=round-to-cent\"><b>round-to-cent</b></a> at <code class=\"loc\">"
                + "dev.invariants.junit.fixtures.page.fees.Rounding.round(Rounding.java:");
        assertThat(banner).contains("<span class=\"badge unchecked\">no longer checked</span> <a class=\"id\""
                + " href=\"#filter=close-zeroes\"><b>close-zeroes</b></a> at <code class=\"loc\">"
                + "dev.invariants.junit.fixtures.page.ledger.Ledger.close(Ledger.java:");
        assertThat(banner).contains("<b class=\"id\">PageTestCase › checksNothing()</b>");
        String section = dom.substring(dom.indexOf("<section id=\"baseline\">"));
        assertThat(section).contains("<h3>Newly checked (1)</h3>", "<b>fee-rejects-negative</b>");

        // The violated rule and the regressions are all in a 1280 × 720 screen.
        String bottom = chromium.inFrame(page, "", "var items = page.document.querySelectorAll('#verdict li');"
                + "var r = items[items.length - 1].getBoundingClientRect(); done(r.bottom + ' ' + items.length);");
        assertThat(Double.parseDouble(bottom.split(" ")[0])).as("bottom of the banner's last item, in %s", bottom)
                .isLessThan(720);

        // A regression's link filters the table to that invariant, and the address keeps it.
        String filtered = chromium.inFrame(page, "", "page.document.querySelector('#verdict a[href=\"#filter=close-zeroes\"]')"
                + ".click(); setTimeout(function () { var shown = Array.prototype.filter.call("
                + "page.document.querySelectorAll('#invariants tbody tr'), function (r) { return !r.hidden; });"
                + "done(page.location.hash + ' ' + shown.length + ' ' + shown[0].querySelector('.id').textContent); }, 200);");
        assertThat(filtered).isEqualTo("#filter=close-zeroes 1 close-zeroes");
    }

    @Test
    @DisplayName("should say on the page why the ratchet was not applied when its baseline does not exist, as the run fails")
    void missingBaseline() throws Exception {
        Path missing = dir.resolve("no-such-baseline.json");

        FixtureRunResult result = run(dir.resolve("run"), PassingPageTestCase.class, PAGE, missing);

        String reason = "the baseline report " + missing + " (invariants.gate.baseline=" + missing + ") does not exist;"
                + " the run fails rather than run without the ratchet.";
        assertThat(result.closeFailure()).hasMessageStartingWith(reason);
        String dom = chromium.dumpDom(dir.resolve("run/index.html").toUri().toString());
        assertThat(dom).contains("<h2 id=\"headline\">Gate not applied (invariants.gate.baseline=" + missing + "): " + reason)
                .contains("<section id=\"verdict\" class=\"verdict not-applied\">");
    }

    @Test
    @DisplayName("should pass a run that keeps its baseline, and say the ratchet passed rather than 'No gate'")
    void keptTheBaseline() throws Exception {
        run(dir.resolve("base"), PassingPageTestCase.class, PAGE, null);
        Path baseline = dir.resolve("base/invariants.json");

        FixtureRunResult result = run(dir.resolve("run"), PassingPageTestCase.class, PAGE, baseline);

        assertThat(result.closeFailure()).isNull();
        assertThat(result.output()).contains("[invariants] baseline " + baseline + ": coverage 57.1% (baseline 57.1%,"
                + " +0.0 points); 0 new unchecked, 0 no longer checked, 0 new vacuous tests; 0 newly checked, 0 removed");
        String dom = chromium.dumpDom(dir.resolve("run/index.html").toUri().toString());
        assertThat(dom).contains("<h2 id=\"headline\">Gate passed: no regression against the baseline invariants.json"
                + " (coverage 57.1%, +0.0 points)</h2>");
        assertThat(dom).contains("<section id=\"verdict\" class=\"verdict passed\">").doesNotContain("No gate");
        assertThat(Files.readString(dir.resolve("run/invariants.json")).replaceAll("\\s", ""))
                .contains("\"gate\":{\"minCoverage\":null,").contains("\"verdict\":\"passed\"");
    }
}
