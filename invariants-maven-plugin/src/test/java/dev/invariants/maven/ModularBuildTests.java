package dev.invariants.maven;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A real Maven build of a project with {@code module-info.java} ({@code requires static dev.invariants;}). */
class ModularBuildTests {

    @Test
    @DisplayName("should declare the invariants of every class on the module path, loaded or not, and say where they came from")
    void modulePath() throws Exception {
        FixtureBuild build = FixtureBuild.copy("modular");

        FixtureBuild.Outcome outcome = build.mvn("test");

        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        assertThat(outcome.output()).contains("Tests run: 2, Failures: 0, Errors: 0, Skipped: 0")
                .contains("[invariants] declared set: 2 invariants in 2 classes, scanned from target/classes (module path)");
        JsonObject report = JsonParser.parseString(Files.readString(build.dir().resolve("target/invariants/invariants.json")))
                .getAsJsonObject();
        Map<String, String> statuses = new HashMap<>();
        for (JsonElement each : report.getAsJsonArray("invariants")) {
            statuses.put(each.getAsJsonObject().get("id").getAsString(), each.getAsJsonObject().get("status").getAsString());
        }
        // Refunds is never loaded: only the scan of the module path can declare its invariant.
        assertThat(statuses).isEqualTo(Map.of("fee-non-negative", "checked", "refund-bounded", "unchecked"));
    }

    @Test
    @DisplayName("should generate property tests for every class of the module in zero-code mode, unloaded ones included")
    void zeroCodeOnTheModulePath() throws Exception {
        FixtureBuild build = FixtureBuild.copy("modular");

        FixtureBuild.Outcome outcome = build.mvn("test", "-DpropertyAuto=true");

        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        JsonObject report = JsonParser.parseString(Files.readString(build.dir().resolve("target/invariants/invariants.json")))
                .getAsJsonObject();
        Map<String, String> statuses = new HashMap<>();
        for (JsonElement each : report.getAsJsonArray("invariants")) {
            statuses.put(each.getAsJsonObject().get("id").getAsString(), each.getAsJsonObject().get("status").getAsString());
        }
        // Only a generated test can check refund-bounded: no hand-written test calls Refunds.
        assertThat(statuses).isEqualTo(Map.of("fee-non-negative", "checked", "refund-bounded", "checked"));
        assertThat(outcome.output()).contains("Tests run: 4, Failures: 0, Errors: 0, Skipped: 0");
    }
}
