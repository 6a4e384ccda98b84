package dev.invariants.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.report.Report;
import dev.invariants.report.ReportReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Real Maven builds of the {@code ratchet} fixture (four invariants, two checked) against a baseline: the report of
 * an earlier build of the same fixture, as a team commits it. Each test changes a fresh copy with the files of
 * {@code changes/}, as a pull request would, and runs {@code check} with {@code baseline}.
 */
class RatchetBuildTests {

    private static String baseline;

    @BeforeAll
    static void baselineBuild() throws Exception {
        FixtureBuild build = FixtureBuild.copy("ratchet");
        FixtureBuild.Outcome outcome = build.mvn("verify");
        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        baseline = Files.readString(build.dir().resolve("target/invariants/invariants.json"));
    }

    @Test
    @DisplayName("should pass a build that keeps the baseline, whatever its coverage, and print the delta")
    void keepsTheBaseline() throws Exception {
        FixtureBuild build = withBaseline();

        FixtureBuild.Outcome outcome = build.mvn("verify", "-Dinvariants.baseline=baseline.json", "-Dinvariants.minCoverage=0.4");

        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        assertThat(outcome.output()).contains("[INFO] Invariants baseline " + build.dir().resolve("baseline.json")
                + ": coverage 50.0% (baseline 50.0%, +0.0 points); 0 new unchecked, 0 no longer checked, 0 new vacuous"
                + " tests; 0 newly checked, 0 removed")
                .contains("[INFO] All invariant checks met: coverage 50.0%");
        // The page states the rule check applied, not "No gate".
        String page = Files.readString(build.dir().resolve("target/invariants/index.html"));
        assertThat(page).contains("<h2 id=\"headline\">Gate passed: invariant coverage 50.0% meets the minimum 40.0%;"
                + " no regression against the baseline baseline.json (coverage 50.0%, +0.0 points)</h2>")
                .contains("rule <code>invariants-maven-plugin check: minCoverage=0.4</code> <code>check&#39;s baseline,"
                        + " invariants.baseline</code>");
        Report report = ReportReader.read(build.dir().resolve("target/invariants/invariants.json"));
        assertThat(report.baseline().verdict()).isEqualTo("passed");
        assertThat(report.gate().verdict(report)).isEqualTo("passed");
    }

    @Test
    @DisplayName("should fail a build that adds an invariant no test checks, naming it with its location")
    void newUncheckedInvariant() throws Exception {
        FixtureBuild build = withBaseline();
        change(build, "Transfers.java", "src/main/java/com/acme");

        FixtureBuild.Outcome outcome = build.mvn("verify", "-Dinvariants.baseline=baseline.json");

        Path file = build.dir().resolve("baseline.json");
        assertThat(outcome.exitCode()).as(outcome.output()).isNotZero();
        assertThat(outcome.output()).contains("[INFO] Invariants baseline " + file + ": coverage 40.0% (baseline 50.0%,"
                + " -10.0 points); 1 new unchecked, 0 no longer checked, 0 new vacuous tests; 0 newly checked, 0 removed")
                .contains("invariants regressed against the baseline " + file + " (check's baseline, invariants.baseline):")
                .contains("new invariants no test checks (1):")
                .contains("    transfer-positive at com.acme.Transfers.transfer(Transfers.java:10)")
                .doesNotContain("All invariant checks met");
        // The page and the JSON show the same delta: the failing rule, its location, in the banner.
        String page = Files.readString(build.dir().resolve("target/invariants/index.html"));
        String banner = page.substring(page.indexOf("<section id=\"verdict\""), page.indexOf("</section>", page.indexOf("<section id=\"verdict\"")));
        assertThat(banner).contains("<h2 id=\"headline\">Gate failed: 1 new invariant no test checks against the"
                + " baseline baseline.json</h2>")
                .contains("<p class=\"baseline\">against the baseline <code>" + file + "</code>: coverage 50.0% → 40.0%"
                        + " (-10.0 points)")
                .contains("<span class=\"badge unchecked\">new unchecked</span> <a class=\"id\""
                        + " href=\"#filter=transfer-positive\"><b>transfer-positive</b></a> at <code class=\"loc\">"
                        + "com.acme.Transfers.transfer(Transfers.java:10)</code>");
        assertThat(page).contains("<section id=\"baseline\">");
        Report report = ReportReader.read(build.dir().resolve("target/invariants/invariants.json"));
        assertThat(report.baseline().newUnchecked()).containsExactly("transfer-positive");
        assertThat(report.baseline().file()).isEqualTo(file.toString());
        assertThat(report.baseline().coverageBefore()).isEqualTo(0.5);
        assertThat(report.baseline().coverageAfter()).isEqualTo(0.4);
    }

    @Test
    @DisplayName("should fail a build whose tests no longer check an invariant, or that adds a vacuous test, naming each")
    void lostCheckAndNewVacuousTest() throws Exception {
        FixtureBuild build = withBaseline();
        Files.delete(build.dir().resolve("src/test/java/com/acme/PremiumTest.java"));
        change(build, "EmptyTest.java", "src/test/java/com/acme");

        FixtureBuild.Outcome outcome = build.mvn("verify", "-Dinvariants.baseline=baseline.json");

        assertThat(outcome.exitCode()).as(outcome.output()).isNotZero();
        assertThat(outcome.output()).contains("coverage 25.0% (baseline 50.0%, -25.0 points); 0 new unchecked,"
                + " 1 no longer checked, 1 new vacuous test")
                .contains("checked in the baseline, no longer checked (1):")
                .contains("    premium-cap at com.acme.Fees.fee(Fees.java:13)")
                .contains("new vacuous tests, no assertion and no invariant checked (1):")
                .contains("    EmptyTest.callsNothing()");
    }

    @Test
    @DisplayName("should fail, naming the path, when the baseline the user named does not exist")
    void missingBaseline() throws Exception {
        FixtureBuild build = FixtureBuild.copy("ratchet");

        FixtureBuild.Outcome outcome = build.mvn("verify", "-Dinvariants.baseline=no-such-baseline.json");

        assertThat(outcome.exitCode()).isNotZero();
        assertThat(outcome.output()).contains("invariants-maven-plugin: the baseline report "
                + build.dir().resolve("no-such-baseline.json") + " (check's baseline, invariants.baseline) does not exist;"
                + " the run fails rather than run without the ratchet.")
                .doesNotContain("All invariant checks met");
    }

    @Test
    @DisplayName("should ratchet in the session gate too (invariants.gate.baseline): print the delta, fail on a new unchecked invariant")
    void sessionGate() throws Exception {
        FixtureBuild kept = withBaseline();
        FixtureBuild changed = withBaseline();
        change(changed, "Transfers.java", "src/main/java/com/acme");

        // verify: the report goal rebuilds the report from the parts and compares it again with the session's baseline
        FixtureBuild.Outcome passing = kept.mvn("verify", "-DbaselineGate=baseline.json");
        FixtureBuild.Outcome failing = changed.mvn("test", "-DbaselineGate=baseline.json");

        assertThat(passing.exitCode()).as(passing.output()).isZero();
        assertThat(passing.output()).contains("[invariants] baseline " + kept.dir().resolve("baseline.json")
                + ": coverage 50.0% (baseline 50.0%, +0.0 points); 0 new unchecked, 0 no longer checked");
        Path file = changed.dir().resolve("baseline.json");
        assertThat(failing.exitCode()).as(failing.output()).isNotZero();
        assertThat(failing.output()).contains("[invariants] baseline " + file + ": coverage 40.0% (baseline 50.0%,"
                + " -10.0 points); 1 new unchecked")
                .contains("invariants regressed against the baseline " + file
                        + " (invariants.gate.baseline=baseline.json):")
                .contains("    transfer-positive at com.acme.Transfers.transfer(Transfers.java:10)");
        String deltaLine = "[invariants] baseline " + kept.dir().resolve("baseline.json");
        assertThat(passing.output().indexOf(deltaLine)).as("the delta printed once").isEqualTo(passing.output().lastIndexOf(deltaLine));
        assertThat(Files.readString(kept.dir().resolve("target/invariants/index.html")))
                .contains("<h2 id=\"headline\">Gate passed: no regression against the baseline baseline.json (coverage 50.0%,"
                        + " +0.0 points)</h2>", "rule <code>invariants.gate.baseline=baseline.json</code>");
        assertThat(ReportReader.read(changed.dir().resolve("target/invariants/invariants.json")).baseline().newUnchecked())
                .containsExactly("transfer-positive");
        assertThat(Files.readString(changed.dir().resolve("target/invariants/index.html")))
                .contains("<h2 id=\"headline\">Gate failed: 1 new invariant no test checks against the baseline"
                        + " baseline.json</h2>");
    }

    @Test
    @DisplayName("should not ratchet a partial run in the session gate (one test method), and say so")
    void sessionGatePartialRun() throws Exception {
        FixtureBuild build = withBaseline();

        FixtureBuild.Outcome outcome = build.mvn("test", "-DbaselineGate=baseline.json", "-Dtest=FeesTest#standardFee");

        // Alone, FeesTest no longer checks premium-cap: a whole-suite run would fail on it.
        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        assertThat(outcome.output()).contains("[invariants] partial run: 2 of 4 invariants in scope (tests filtered by"
                + " TestMethodFilter); the gate (invariants.gate.baseline) judges whole-suite runs only,"
                + " invariants.gate.partial-runs=apply gates partial runs too")
                .doesNotContain("invariants regressed");
    }

    @Test
    @DisplayName("should fail the test run, naming the path, when the session gate's baseline does not exist")
    void sessionGateMissingBaseline() throws Exception {
        FixtureBuild build = FixtureBuild.copy("ratchet");

        FixtureBuild.Outcome outcome = build.mvn("test", "-DbaselineGate=target/no-such-baseline.json");

        assertThat(outcome.exitCode()).isNotZero();
        assertThat(outcome.output()).contains("the baseline report " + build.dir().resolve("target/no-such-baseline.json")
                + " (invariants.gate.baseline=target/no-such-baseline.json) does not exist; the run fails rather than run"
                + " without the ratchet.");
    }

    /** A fresh copy of the fixture with the baseline build's report committed as {@code baseline.json}. */
    private static FixtureBuild withBaseline() throws IOException {
        FixtureBuild build = FixtureBuild.copy("ratchet");
        Files.writeString(build.dir().resolve("baseline.json"), baseline);
        return build;
    }

    private static void change(FixtureBuild build, String file, String into) throws IOException {
        Files.copy(build.dir().resolve("changes").resolve(file), build.dir().resolve(into).resolve(file));
    }
}
