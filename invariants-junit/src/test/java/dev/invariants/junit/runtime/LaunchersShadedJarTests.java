package dev.invariants.junit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.invariants.junit.testkit.ForkedJvm;
import dev.invariants.junit.testkit.ReportFiles;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The JUnit console launcher (what IDEs and plain scripts resemble) over the shaded jar, running
 * Jupiter and JUnit 4 (Vintage) tests in one session: both engines check, record and report alike.
 */
class LaunchersShadedJarTests {

    private static final String FIXTURES = "dev.invariants.junit.fixtures.method.";

    private static ForkedJvm.Outcome outcome;
    private static ReportFiles report;

    @BeforeAll
    static void run() throws Exception {
        Path reportDir = Files.createTempDirectory("console");
        // The standalone launcher brings the platform, both engines and opentest4j: the user's class path must not.
        ForkedJvm jvm = ForkedJvm.dropping(name -> name.startsWith("junit-jupiter") || name.startsWith("junit-platform")
                || name.startsWith("junit-vintage") || name.startsWith("opentest4j") || name.startsWith("apiguardian"));
        List<String> arguments = new ArrayList<>(List.of("execute", "--disable-banner", "--details=flat",
                "--class-path", String.join(File.pathSeparator, jvm.classPath()),
                "--select-class", FIXTURES + "FeeCalculatorTestCase",
                "--select-class", FIXTURES + "FeeCalculatorLegacyTestCase",
                "--config", "invariants.report.dir=" + reportDir));
        outcome = jvm.runJar(ForkedJvm.COMPAT.resolve("junit-platform-console-standalone.jar"), arguments);
        report = ReportFiles.read(reportDir);
    }

    @Test
    @DisplayName("should fail the violating tests of both engines, and only those, with the violation")
    void failures() {
        assertThat(outcome.exitCode()).as(outcome.output()).isEqualTo(1);
        assertThat(outcome.output()).contains("Invariant [premium-fee-cap] violated: post does not hold")
                .contains("amount = [3000000]").contains("amount = [2000000]")
                .contains("4 tests successful").contains("2 tests failed")
                // Counting JUnit's own assertions there needs no bootstrap append (it would warn in every run).
                .doesNotContain("bootstrap classpath has been appended");
    }

    @Test
    @DisplayName("should attribute checks and count assertions for JUnit 4 tests like for Jupiter tests")
    void vintageRecords() {
        JsonObject checks = test("[engine:junit-vintage]", "capsPremiumFeesLegacy");
        assertThat(report.strings(checks, "invariants")).containsExactlyInAnyOrder("premium-fee-cap", "fee-non-negative");
        assertThat(checks.get("assertions").getAsInt()).isEqualTo(1);
        assertThat(checks.get("status").getAsString()).isEqualTo("SUCCESSFUL");
        JsonObject violates = test("[engine:junit-vintage]", "exceedsTheCapLegacy");
        assertThat(violates.get("status").getAsString()).isEqualTo("FAILED");
        assertThat(report.strings(violates, "invariants")).contains("premium-fee-cap");
        JsonObject nothing = test("[engine:junit-vintage]", "assertsNothingLegacy");
        assertThat(report.strings(nothing, "invariants")).isEmpty();
        assertThat(nothing.get("vacuous").getAsBoolean()).isTrue();
    }

    @Test
    @DisplayName("should record the Jupiter tests of the same session next to them, in one report")
    void jupiterRecords() {
        assertThat(report.strings(test("[engine:junit-jupiter]", "capsPremiumFees"), "invariants"))
                .containsExactlyInAnyOrder("premium-fee-cap", "fee-non-negative");
        assertThat(report.summary().get("tests").getAsInt()).isEqualTo(6);
        assertThat(report.invariant("premium-fee-cap").get("status").getAsString()).isEqualTo("violated");
        // One passing and one violating call from each engine.
        assertThat(ReportFiles.count(report.invariant("premium-fee-cap"), "violated")).isEqualTo(2);
        assertThat(ReportFiles.count(report.invariant("premium-fee-cap"), "passed")).isEqualTo(2);
    }

    private static JsonObject test(String engine, String method) {
        List<JsonObject> found = new ArrayList<>();
        for (JsonElement each : report.root().getAsJsonArray("tests")) {
            String id = each.getAsJsonObject().get("id").getAsString();
            if (id.startsWith(engine) && id.contains(method)) {
                found.add(each.getAsJsonObject());
            }
        }
        assertThat(found).as("tests of %s named %s", engine, method).hasSize(1);
        return found.get(0);
    }
}
