package dev.invariants.maven;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Real Maven builds of the fixture projects in {@code src/it}, asserting the reports and the build outcome. */
class MavenBuildTests {

    @Test
    @DisplayName("should merge the reports of two forks into one, and fail the build below minCoverage naming the offenders")
    void forkedBuild() throws Exception {
        FixtureBuild build = FixtureBuild.copy("single-module");

        FixtureBuild.Outcome passing = build.mvn("verify");

        assertThat(passing.exitCode()).as(passing.output()).isZero();
        JsonObject report = json(build.dir().resolve("target/invariants/invariants.json"));
        // Four test classes over forkCount=2: both JVMs wrote a part, and the merge kept every test of both.
        assertThat(report.get("parts").getAsInt()).isEqualTo(2);
        JsonObject summary = report.getAsJsonObject("summary");
        assertThat(summary.get("declared").getAsInt()).isEqualTo(5);
        assertThat(summary.get("checked").getAsInt()).isEqualTo(3);
        assertThat(summary.get("unchecked").getAsInt()).isEqualTo(2);
        assertThat(summary.get("coverage").getAsDouble()).isEqualTo(0.6);
        assertThat(summary.get("tests").getAsInt()).isEqualTo(4);
        assertThat(status(report, "fee-non-negative")).isEqualTo("checked");
        assertThat(status(report, "premium-cap")).isEqualTo("checked");
        assertThat(status(report, "rejects-negative")).isEqualTo("checked");
        assertThat(status(report, "waive-zero")).isEqualTo("unchecked");
        assertThat(status(report, "refund-bounded")).isEqualTo("unchecked");
        assertThat(strings(invariant(report, "premium-cap"), "tests"))
                .containsExactly("[engine:junit-jupiter]/[class:com.acme.PremiumTest]/[method:checks()]");
        assertThat(build.dir().resolve("target/invariants/index.html")).isRegularFile();
        assertThat(passing.output()).contains("[INFO] All invariant checks met: coverage 60.0% (minimum 50.0%)");

        FixtureBuild.Outcome failing = build.mvn("verify", "-Dinvariants.minCoverage=0.9");

        assertThat(failing.exitCode()).isNotZero();
        assertThat(failing.output()).contains("Invariants check failed for " + build.dir().resolve("target/invariants/invariants.json"))
                .contains("invariant coverage 60.0% is below the minimum 90.0% (minCoverage=0.9): 3 of 5 invariants checked")
                .contains("    waive-zero at com.acme.Fees.waive(Fees.java:23)")
                .contains("    refund-bounded at com.acme.Fees.refund(Fees.java:28)");
    }

    @Test
    @DisplayName("should fail the build with failOnVacuousTests, naming every vacuous test")
    void vacuousTests() throws Exception {
        FixtureBuild build = FixtureBuild.copy("single-module");

        FixtureBuild.Outcome outcome = build.mvn("verify", "-Dinvariants.failOnVacuousTests=true");

        assertThat(outcome.exitCode()).isNotZero();
        JsonObject report = json(build.dir().resolve("target/invariants/invariants.json"));
        assertThat(report.get("assertionsCounted").getAsBoolean()).isTrue();
        // NothingTest calls the code and asserts nothing; the three others assert and check an invariant.
        assertThat(report.getAsJsonObject("summary").get("vacuousTests").getAsInt()).isEqualTo(1);
        assertThat(outcome.output()).contains("1 test is vacuous (finished with no assertion and no invariant checked):")
                .contains("    [engine:junit-jupiter]/[class:com.acme.NothingTest]/[method:checksNothing()]")
                .doesNotContain("failOnVacuousTests is not applied");
    }

    @Test
    @DisplayName("should fail `mvn test` itself when invariants.gate.min-coverage is not met, once every fork has finished")
    void sessionGate() throws Exception {
        FixtureBuild build = FixtureBuild.copy("single-module");

        FixtureBuild.Outcome outcome = build.mvn("test", "-DsessionGate=0.9");

        assertThat(outcome.exitCode()).isNotZero();
        assertThat(outcome.output()).contains("invariant coverage 60.0% is below the minimum 90.0% "
                + "(invariants.gate.min-coverage=0.9): 3 of 5 invariants checked");
        assertThat(outcome.output()).contains("waive-zero at com.acme.Fees.waive(Fees.java:23)");
        // No fork applied the gate to a partial report: every verdict is on the merged 60.0%.
        assertThat(outcome.output()).doesNotContainPattern("invariant coverage (?!60\\.0%)[0-9.]+% is below");
    }

    @Test
    @DisplayName("should fail `mvn test` on a mistyped invariants.gate.min-coverage instead of running without the gate")
    void invalidSessionGate() throws Exception {
        FixtureBuild build = FixtureBuild.copy("single-module");

        FixtureBuild.Outcome outcome = build.mvn("test", "-DsessionGate=80");

        assertThat(outcome.exitCode()).as(outcome.output()).isNotZero();
        assertThat(outcome.output()).contains("invalid value [80] for configuration key [invariants.gate.min-coverage]:"
                + " expected a fraction from 0 to 1 (0.8 for 80%); the run fails rather than run without the gate.")
                .doesNotContain("using unset, no gate");
        // The tests themselves passed, and the report was written: only the verdict is refused.
        assertThat(outcome.output()).contains("Tests run: 5, Failures: 0, Errors: 0, Skipped: 1");
        assertThat(build.dir().resolve("target/invariants/invariants.json")).isRegularFile();
    }

    @Test
    @DisplayName("should honour invariants.enabled=false given as Surefire configuration parameter, which Surefire's"
            + " first per-class discovery does not carry")
    void disabledThroughSurefire() throws Exception {
        FixtureBuild build = FixtureBuild.copy("single-module");

        FixtureBuild.Outcome checked = build.mvn("test", "-Dviolate=true");
        FixtureBuild.Outcome disabled = build.mvn("test", "-Dviolate=true", "-DchecksEnabled=false");

        assertThat(checked.exitCode()).as("the control: with checks on, the violation fails the build").isNotZero();
        assertThat(checked.output()).contains("Invariant [always-false] violated: post does not hold");
        assertThat(disabled.exitCode()).as(disabled.output()).isZero();
        assertThat(disabled.output()).doesNotContain("always-false").doesNotContain("[invariants] ");
    }

    @Test
    @DisplayName("should aggregate a reactor: invariants in one module, tests in another")
    void multiModule() throws Exception {
        FixtureBuild build = FixtureBuild.copy("multi-module");

        FixtureBuild.Outcome outcome = build.mvn("verify");

        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        JsonObject report = json(build.dir().resolve("target/invariants-aggregate/invariants.json"));
        JsonObject summary = report.getAsJsonObject("summary");
        // core declares 4 (one checked by core's own test); app declares 1 and its tests check one of each module.
        assertThat(summary.get("declared").getAsInt()).isEqualTo(5);
        assertThat(summary.get("checked").getAsInt()).isEqualTo(3);
        assertThat(summary.get("tests").getAsInt()).isEqualTo(3);
        assertThat(status(report, "deposit-adds")).isEqualTo("checked");
        assertThat(status(report, "withdraw-keeps-positive")).isEqualTo("checked");
        assertThat(strings(invariant(report, "withdraw-keeps-positive"), "tests"))
                .containsExactly("[engine:junit-jupiter]/[class:com.acme.app.CheckoutTest]/[method:withdraws()]");
        assertThat(status(report, "total-non-negative")).isEqualTo("checked");
        assertThat(status(report, "close-empties")).isEqualTo("unchecked");
        assertThat(status(report, "balance-reported")).isEqualTo("unchecked");
        // The core module on its own saw only its own test.
        JsonObject core = json(build.dir().resolve("core/target/invariants/invariants.json"));
        assertThat(core.getAsJsonObject("summary").get("checked").getAsInt()).isEqualTo(1);
        assertThat(build.dir().resolve("target/invariants-aggregate/index.html")).isRegularFile();
        assertThat(outcome.output()).contains("[INFO] All invariant checks met: coverage 60.0% (minimum 60.0%)");
    }

    private static JsonObject json(Path file) throws Exception {
        return JsonParser.parseString(Files.readString(file)).getAsJsonObject();
    }

    private static JsonObject invariant(JsonObject report, String id) {
        for (JsonElement each : report.getAsJsonArray("invariants")) {
            if (each.getAsJsonObject().get("id").getAsString().equals(id)) {
                return each.getAsJsonObject();
            }
        }
        throw new AssertionError("no invariant [" + id + "] in the report");
    }

    private static String status(JsonObject report, String id) {
        return invariant(report, id).get("status").getAsString();
    }

    private static List<String> strings(JsonObject object, String field) {
        List<String> values = new ArrayList<>();
        JsonArray array = object.getAsJsonArray(field);
        array.forEach(e -> values.add(e.getAsString()));
        return values;
    }
}
