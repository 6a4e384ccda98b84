package dev.invariants.maven;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Real Maven builds where the environment fails: the report never costs a test result or another fork's data. */
class FaultBuildTests {

    @Test
    @DisplayName("should warn when the report directory cannot be written, and leave every test result as it was")
    void unwritableReportDirectory() throws Exception {
        FixtureBuild build = FixtureBuild.copy("single-module");
        // A directory cannot be created under a regular file, whoever runs the build (root included).
        Path blocker = Files.writeString(build.dir().resolve("not-a-directory"), "a file");

        FixtureBuild.Outcome outcome = build.mvn("test", "-DargLine=-Dinvariants.report.dir=" + blocker.resolve("invariants"));

        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        assertThat(outcome.output()).contains("[invariants] WARNING cannot write the report to " + blocker.resolve("invariants"))
                .contains("Tests run: 5, Failures: 0, Errors: 0, Skipped: 1");
        // No link to a page that was never written.
        assertThat(outcome.output()).contains("[invariants] report: not written (see the warning above)")
                .doesNotContain("[invariants] report: file:");
        assertThat(blocker).hasContent("a file");
    }

    @Test
    @DisplayName("should keep the other fork's data when one test JVM is killed, and say which one is missing")
    void killedFork() throws Exception {
        FixtureBuild build = FixtureBuild.copy("killed-fork");

        FixtureBuild.Outcome outcome = build.mvn("test");

        assertThat(outcome.exitCode()).as("Surefire fails the build for the crashed fork").isNotZero();
        assertThat(outcome.output()).contains("The forked VM terminated without properly saying goodbye");
        JsonObject report = JsonParser.parseString(Files.readString(build.dir().resolve("target/invariants/invariants.json")))
                .getAsJsonObject();
        List<String> tests = new ArrayList<>();
        report.getAsJsonArray("tests").forEach(t -> tests.add(t.getAsJsonObject().get("id").getAsString()));
        // The surviving fork's test and what it checked are there; the killed fork's never published.
        assertThat(tests).containsExactly("[engine:junit-jupiter]/[class:com.acme.FeesTest]/[method:checks()]");
        assertThat(status(report, "fee-non-negative")).isEqualTo("checked");
        assertThat(status(report, "premium-cap")).isEqualTo("unchecked");
        List<String> missing = new ArrayList<>();
        report.getAsJsonArray("missing").forEach(m -> missing.add(m.getAsString()));
        assertThat(missing).singleElement().asString().startsWith("the test JVM pid ")
                .endsWith(" started a session and ended without finishing it (killed or crashed): its tests are not in"
                        + " this report");
        assertThat(outcome.output()).contains("[invariants] missing: the test JVM pid ");
        Path html = build.dir().resolve("target/invariants/index.html");
        assertThat(Files.readString(html)).contains("1 test JVM did not finish", missing.get(0));

        // The goals that run after the tests re-merge the parts: the missing JVM must survive that too.
        FixtureBuild.Outcome goals = build.mvn("invariants:report", "invariants:check");

        assertThat(goals.exitCode()).as(goals.output()).isZero();
        // Run on their own, the goals take the earlier build's report, and say so.
        assertThat(goals.output()).contains("[INFO] Judging the invariants report at "
                + build.dir().resolve("target/invariants/invariants.json") + " of build " + report.get("build").getAsString()
                + ": this Maven run does not run the tests");
        assertThat(goals.output()).contains("[WARNING] Invariants report incomplete: " + missing.get(0))
                .contains("[WARNING] The invariants check sees an incomplete report: " + missing.get(0));
        JsonObject rewritten = JsonParser.parseString(Files.readString(build.dir().resolve("target/invariants/invariants.json")))
                .getAsJsonObject();
        assertThat(rewritten.getAsJsonArray("missing")).hasSize(1);
        assertThat(rewritten.getAsJsonArray("missing").get(0).getAsString()).isEqualTo(missing.get(0));
        assertThat(Files.readString(html)).contains("1 test JVM did not finish", missing.get(0));
    }

    @Test
    @DisplayName("should write the part of a JVM that a test ends with System.exit, its running test ABORTED")
    void systemExitInATest() throws Exception {
        FixtureBuild build = FixtureBuild.copy("exit-in-test");
        assertThat(build.mvn("test").exitCode()).isZero();
        String earlier = report(build).get("build").getAsString();

        FixtureBuild.Outcome outcome = build.mvn("test", "-Dending=exit");

        assertThat(outcome.exitCode()).as("Surefire fails the build for the exit").isNotZero();
        assertThat(outcome.output()).contains("System.exit called?").contains("[invariants] WARNING the test JVM is exiting"
                + " before its test run finished (System.exit in a test, or a signal): this JVM's part of the report is"
                + " written now; reported ABORTED, as still running: [engine:junit-jupiter]/[class:com.acme.ExitTest]"
                + "/[method:ends()].");
        JsonObject report = report(build);
        assertThat(report.get("build").getAsString()).isNotEqualTo(earlier);
        List<String> tests = new ArrayList<>();
        report.getAsJsonArray("tests").forEach(t -> tests.add(t.getAsJsonObject().get("id").getAsString() + " "
                + t.getAsJsonObject().get("status").getAsString()));
        assertThat(tests).containsExactly("[engine:junit-jupiter]/[class:com.acme.ExitTest]/[method:checks()] SUCCESSFUL",
                "[engine:junit-jupiter]/[class:com.acme.ExitTest]/[method:ends()] ABORTED");
        // What the exiting test checked before it ended the JVM counts.
        assertThat(status(report, "premium-cap")).isEqualTo("checked");
        assertThat(status(report, "fee-non-negative")).isEqualTo("checked");
        assertThat(Files.readString(build.dir().resolve("target/invariants/index.html")))
                .contains("build " + report.get("build").getAsString());
    }

    @Test
    @DisplayName("should not leave an earlier build's report in place when a JVM dies without writing its own")
    void haltLeavesNoStaleReport() throws Exception {
        FixtureBuild build = FixtureBuild.copy("exit-in-test");
        assertThat(build.mvn("test").exitCode()).isZero();
        assertThat(build.dir().resolve("target/invariants/index.html")).isRegularFile();

        FixtureBuild.Outcome outcome = build.mvn("test", "-Dending=halt");

        assertThat(outcome.exitCode()).isNotZero();
        assertThat(build.dir().resolve("target/invariants/invariants.json")).doesNotExist();
        assertThat(build.dir().resolve("target/invariants/index.html")).doesNotExist();
    }

    private static JsonObject report(FixtureBuild build) throws Exception {
        return JsonParser.parseString(Files.readString(build.dir().resolve("target/invariants/invariants.json")))
                .getAsJsonObject();
    }

    private static String status(JsonObject report, String id) {
        for (JsonElement each : report.getAsJsonArray("invariants")) {
            if (each.getAsJsonObject().get("id").getAsString().equals(id)) {
                return each.getAsJsonObject().get("status").getAsString();
            }
        }
        throw new AssertionError("no invariant [" + id + "]");
    }
}
