package dev.invariants.junit.internal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.junit.fixtures.page.PageTestCase;
import dev.invariants.junit.fixtures.page.PassingPageTestCase;
import dev.invariants.junit.testkit.FixtureRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The banner index.html opens with, in headless Chromium: the gate's verdict and what broke, in the first screen. */
class HtmlVerdictInBrowserTests {

    @TempDir
    Path reportDir;

    private Chromium chromium;

    @BeforeEach
    void browser() {
        chromium = Chromium.require();
    }

    static Path run(Path dir, Class<?> testCase, String minCoverage) {
        FixtureRun run = FixtureRun.of(testCase)
                .configuration("invariants.report.dir", dir.toString())
                .configuration("invariants.scan.packages", "dev.invariants.junit.fixtures.page")
                .configuration("invariants.gate.partial-runs", "apply");
        if (minCoverage != null) {
            run.configuration("invariants.gate.min-coverage", minCoverage);
        }
        run.execute();
        return dir.resolve("index.html");
    }

    @Test
    @DisplayName("should open a failing build's page with the gate's rule, its verdict, and the violated rule with its location and test")
    void failingBuild() throws Exception {
        Path page = run(reportDir, PageTestCase.class, "0.8");

        String dom = chromium.dumpDom(page.toUri().toString());

        assertThat(dom).contains("<h2 id=\"headline\">Gate failed: invariant coverage 42.9% is below the minimum 80.0%</h2>");
        assertThat(dom.indexOf("id=\"verdict\"")).as("the banner comes before everything else")
                .isLessThan(dom.indexOf("id=\"summary\"")).isLessThan(dom.indexOf("id=\"invariants\""));
        String banner = dom.substring(dom.indexOf("id=\"verdict\""), dom.indexOf("</section>", dom.indexOf("id=\"verdict\"")));
        assertThat(banner).contains("<code>invariants.gate.min-coverage=0.8</code>", "coverage 42.9% (3 of 7)",
                ">violated: 1<", ">unchecked: 4<", ">broken: 0<");
        assertThat(banner).contains("<b class=\"id\">fee-cap</b> at <code class=\"loc\">"
                + "dev.invariants.junit.fixtures.page.fees.Fees.fee(Fees.java:13)</code> by <span class=\"tests\">"
                + "PageTestCase › capsLargeFees()</span>");
        assertThat(banner).contains("<code>result &lt;= 250 &amp;&amp; result &lt;= amount * 3 / 100</code>");

        // Done when it needs no scrolling: the violated rule, its location and its test are inside a 1280 × 720 screen.
        String bottom = chromium.inFrame(page, "", "var li = page.document.querySelector('#verdict ul.problems li');"
                + "var r = li.getBoundingClientRect(); done(r.bottom + ' ' + r.right + ' ' + page.innerHeight);");
        String[] figures = bottom.split(" ");
        assertThat(Double.parseDouble(figures[0])).as("bottom of the violated rule, in %s", bottom).isLessThan(720);
        assertThat(Double.parseDouble(figures[1])).as("right edge of the violated rule, in %s", bottom).isLessThanOrEqualTo(1280);
    }

    @Test
    @DisplayName("should say that a passing build passed, and by which rule; the JSON carries the rule and its verdict")
    void passingBuild() throws Exception {
        Path page = run(reportDir, PassingPageTestCase.class, "0.5");

        String dom = chromium.dumpDom(page.toUri().toString());

        assertThat(dom).contains("<h2 id=\"headline\">Gate passed: invariant coverage 57.1% meets the minimum 50.0%</h2>");
        assertThat(dom).contains("<section id=\"verdict\" class=\"verdict passed\">");
        assertThat(dom).doesNotContain("<ul class=\"problems");
        String json = Files.readString(reportDir.resolve("invariants.json")).replaceAll("\\s", "");
        assertThat(json).contains("\"gate\":{\"minCoverage\":0.5,\"failOnVacuousTests\":false,"
                + "\"setting\":\"invariants.gate.min-coverage=0.5\",\"notApplied\":null,\"countGenerated\":false,"
                + "\"countOutsideTests\":false,\"verdict\":\"passed\",\"failures\":[]}");
    }

    @Test
    @DisplayName("should render a failing and a passing page at 1280 px (the screenshots docs/getting-started.md shows)")
    void screenshots() throws Exception {
        Path shots = Path.of("target/screenshots");
        Files.createDirectories(shots);
        Path failing = run(reportDir.resolve("failing"), PageTestCase.class, "0.8");
        Path passing = run(reportDir.resolve("passing"), PassingPageTestCase.class, "0.5");

        chromium.screenshot(failing.toUri().toString(), shots.resolve("report-failing.png"), 1280, 900);
        chromium.screenshot(passing.toUri().toString(), shots.resolve("report-passing.png"), 1280, 900);

        for (String name : new String[] {"report-failing.png", "report-passing.png"}) {
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(shots.resolve(name).toFile());
            assertThat(image.getWidth()).as(name).isEqualTo(1280);
        }
    }

    @Test
    @DisplayName("should say when no gate is set, rather than show a verdict nobody asked for")
    void noGate() throws Exception {
        Path page = run(reportDir, PageTestCase.class, null);

        String dom = chromium.dumpDom(page.toUri().toString());

        assertThat(dom).contains("<h2 id=\"headline\">No gate: coverage 42.9% is not judged (none of"
                + " invariants.gate.min-coverage, invariants.gate.baseline or the plugin's check is set)</h2>");
        assertThat(dom).contains("<section id=\"verdict\" class=\"verdict none problems\">");
        assertThat(Files.readString(reportDir.resolve("invariants.json")).replaceAll("\\s", "")).contains("\"gate\":null");
    }
}
