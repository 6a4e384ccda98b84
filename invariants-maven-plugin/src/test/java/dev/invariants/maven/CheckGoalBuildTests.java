package dev.invariants.maven;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Real Maven builds where `check` and `report` could judge the wrong report: elsewhere, stale, or none. */
class CheckGoalBuildTests {

    @Test
    @DisplayName("should read the report where the tests wrote it (invariants.report.dir), and gate on it")
    void reportElsewhere() throws Exception {
        FixtureBuild build = FixtureBuild.copy("single-module");

        FixtureBuild.Outcome outcome = build.mvn("verify", "-Dinvariants.report.dir=target/elsewhere",
                "-Dinvariants.minCoverage=0.9");

        Path file = build.dir().resolve("target/elsewhere/invariants.json");
        assertThat(outcome.exitCode()).as(outcome.output()).isNotZero();
        assertThat(outcome.output()).doesNotContain("Skipping the invariants check")
                .contains("Invariants check failed for " + file + ":")
                .contains("invariant coverage 60.0% is below the minimum 90.0% (minCoverage=0.9): 3 of 5 invariants checked");
        assertThat(build.dir().resolve("target/invariants")).doesNotExist();
    }

    @Test
    @DisplayName("should read invariants.report.dir given to the test JVMs in argLine")
    void reportElsewhereThroughArgLine() throws Exception {
        FixtureBuild build = FixtureBuild.copy("single-module");

        FixtureBuild.Outcome outcome = build.mvn("verify", "-DargLine=-Dinvariants.report.dir=target/through-argline");

        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        assertThat(outcome.output()).contains("[INFO] All invariant checks met: coverage 60.0% (minimum 50.0%)")
                .contains("Invariants report: " + build.dir().resolve("target/through-argline/index.html").toUri());
    }

    @Test
    @DisplayName("should fail naming both directories when reportDirectory is not where the tests write")
    void directoriesDisagree() throws Exception {
        FixtureBuild build = FixtureBuild.copy("single-module");

        FixtureBuild.Outcome outcome = build.mvn("verify", "-Dinvariants.report.dir=target/elsewhere",
                "-Dinvariants.reportDirectory=" + build.dir().resolve("target/invariants"));

        assertThat(outcome.exitCode()).isNotZero();
        assertThat(outcome.output()).contains("invariants-maven-plugin: reportDirectory is "
                + build.dir().resolve("target/invariants") + ", but the tests write the invariants report to "
                + build.dir().resolve("target/elsewhere") + " (surefire:default-test); make both name the same directory"
                + " (or leave reportDirectory unset: it then follows invariants.report.dir)");
    }

    @Test
    @DisplayName("should skip, not judge the previous build's report, when the tests are skipped (-DskipTests)")
    void skippedTests() throws Exception {
        FixtureBuild build = FixtureBuild.copy("single-module");
        assertThat(build.mvn("verify").exitCode()).isZero();

        FixtureBuild.Outcome outcome = build.mvn("verify", "-DskipTests");

        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        assertThat(outcome.output()).contains("[INFO] Skipping the invariants check: the tests were skipped (skipTests),"
                + " so there is no report of this build to judge, and an earlier build's is not judged")
                .contains("[INFO] Skipping the invariants report: the tests were skipped (skipTests)")
                .doesNotContain("All invariant checks met");
    }

    @Test
    @DisplayName("should fail when the tests of this build wrote no report, rather than judge an earlier build's")
    void noReportOfThisBuild() throws Exception {
        FixtureBuild build = FixtureBuild.copy("single-module");
        assertThat(build.mvn("verify").exitCode()).isZero();
        String earlier = JsonParser.parseString(Files.readString(build.dir().resolve("target/invariants/invariants.json")))
                .getAsJsonObject().get("build").getAsString();

        // invariants.enabled=false in the tests' configuration parameters: they run, and record nothing.
        FixtureBuild.Outcome outcome = build.mvn("verify", "-DchecksEnabled=false");

        Path dir = build.dir().resolve("target/invariants");
        assertThat(outcome.exitCode()).isNotZero();
        assertThat(outcome.output()).contains("[WARNING] The invariants report in " + dir + " is from an earlier build ("
                + earlier + "), not from the tests of this build: it is not rewritten as this build's")
                .contains("No invariants report of this build at " + dir.resolve("invariants.json")
                        + ": the one there is from an earlier build (" + earlier + ") and is not judged. The tests of this"
                        + " build wrote none there: check that they run with invariants-junit and that"
                        + " invariants.report.dir (the tests) and reportDirectory (this goal) name the same directory.")
                .doesNotContain("All invariant checks met");
    }

    @Test
    @DisplayName("should fail when there is no report at all, naming where it looked")
    void noReportAtAll() throws Exception {
        FixtureBuild build = FixtureBuild.copy("single-module");

        FixtureBuild.Outcome outcome = build.mvn("verify", "-DchecksEnabled=false");

        assertThat(outcome.exitCode()).isNotZero();
        assertThat(outcome.output()).contains("No invariants report of this build at "
                + build.dir().resolve("target/invariants/invariants.json") + ". The tests of this build wrote none there");
    }
}
