package dev.invariants.junit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.invariants.junit.fixtures.pairs.EveryPairTestCase;
import dev.invariants.junit.fixtures.pairs.OneFieldAtATimeTestCase;
import dev.invariants.junit.fixtures.pairs.Premiums;
import dev.invariants.junit.testkit.FixtureRun;
import dev.invariants.junit.testkit.FixtureRunResult;
import dev.invariants.junit.testkit.ReportFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pairwise coverage of a {@code premium(age, plan, smoker)} rule, measured live by real launcher sessions over the
 * woven fixture: a suite that varies one field at a time checks the invariant (100% coverage) yet never tries a
 * smoker on the family plan, and the report and the console say exactly which pairs it missed.
 */
@DisplayName("Pairwise coverage")
class CombinationsTests {

    @TempDir
    Path reportDir;

    private FixtureRunResult run(Class<?> suite, String... configuration) {
        FixtureRun run = FixtureRun.of(suite).configuration("invariants.report.dir", reportDir.toString())
                .configuration("invariants.scan.packages", "dev.invariants.junit.fixtures.pairs")
                .configuration("invariants.combinations", "true");
        for (int i = 0; i < configuration.length; i += 2) {
            run = run.configuration(configuration[i], configuration[i + 1]);
        }
        return run.execute();
    }

    @Test
    @DisplayName("should report the pairs a one-field-at-a-time suite never tried, though it checks every invariant")
    void oneFieldAtATime() {
        FixtureRunResult result = run(OneFieldAtATimeTestCase.class);

        assertThat(result.failures()).isEmpty();
        ReportFiles report = ReportFiles.read(reportDir);
        assertThat(report.summary().get("coverage").getAsDouble()).isEqualTo(1.0);
        JsonObject combinations = report.invariant("premium-positive").getAsJsonObject("combinations");
        // age: positive; plan: 3 constants; smoker: 2. Pairs: 1x3 + 1x2 + 3x2 = 11; the suite tried
        // every plan and both smoker values, but a smoker only on BASIC.
        assertThat(combinations.get("possible").getAsInt()).isEqualTo(11);
        assertThat(combinations.get("covered").getAsInt()).isEqualTo(9);
        assertThat(pairs(combinations.getAsJsonArray("missing")))
                .containsExactly("plan=\"FAMILY\" smoker=true", "plan=\"PLUS\" smoker=true");
        assertThat(report.signalKinds("premium-positive")).contains("untried-combination");
        assertThat(result.output()).contains("[invariants] untried-combination: pairs of inputs no written test tried"
                + " together (1):\n    premium-positive at " + Premiums.class.getName() + ".premium("
                + report.invariant("premium-positive").get("source").getAsString() + "): 9 of 11 pairs of inputs tried"
                + " together with [age >= 18] held; never tried: plan = FAMILY with smoker = true;"
                + " plan = PLUS with smoker = true\n");
    }

    @Test
    @DisplayName("should show the pairs on the page: covered of possible, the missing ones under it")
    void page() throws java.io.IOException {
        run(OneFieldAtATimeTestCase.class);

        String html = java.nio.file.Files.readString(reportDir.resolve("index.html"));
        assertThat(html).contains("<th data-type=\"number\" title=\"pairs of input classes tried together with pre held\">pairs</th>")
                .contains("<td class=\"pairs\" data-sort=\"" + (9.0 / 11) + "\"><details><summary>9/11, 2 never tried</summary>"
                        + "<ul><li>plan = FAMILY with smoker = true</li><li>plan = PLUS with smoker = true</li></ul></details></td>");
    }

    @Test
    @DisplayName("should find nothing missing in a suite that tries every pair, the bound of pre included")
    void everyPair() {
        FixtureRunResult result = run(EveryPairTestCase.class);

        assertThat(result.failures()).isEmpty();
        ReportFiles report = ReportFiles.read(reportDir);
        assertThat(report.summary().get("coverage").getAsDouble()).isEqualTo(1.0);
        JsonObject combinations = report.invariant("premium-positive").getAsJsonObject("combinations");
        // age: at the bound of pre (=18) and positive; 2x3 + 2x2 + 3x2 = 16, every one tried.
        assertThat(combinations.get("possible").getAsInt()).isEqualTo(16);
        assertThat(combinations.get("covered").getAsInt()).isEqualTo(16);
        assertThat(combinations.getAsJsonArray("missing")).isEmpty();
        assertThat(pairs(combinations.getAsJsonArray("tried"))).contains("age=\"=18\" plan=\"FAMILY\"",
                "plan=\"FAMILY\" smoker=true");
        assertThat(report.signalKinds("premium-positive")).doesNotContain("untried-combination");
        assertThat(result.output()).doesNotContain("untried-combination");
    }

    @Test
    @DisplayName("should measure nothing unless invariants.combinations=true (off by default)")
    void offByDefault() {
        FixtureRun.of(OneFieldAtATimeTestCase.class).configuration("invariants.report.dir", reportDir.toString())
                .configuration("invariants.scan.packages", "dev.invariants.junit.fixtures.pairs").execute();

        ReportFiles report = ReportFiles.read(reportDir);
        assertThat(report.invariant("premium-positive").has("combinations")).isFalse();
        assertThat(report.signalKinds("premium-positive")).doesNotContain("untried-combination");
    }

    private static List<String> pairs(JsonArray array) {
        List<String> pairs = new ArrayList<>();
        for (JsonElement each : array) {
            List<String> members = new ArrayList<>();
            each.getAsJsonObject().entrySet().forEach(e -> members.add(e.getKey() + "=" + e.getValue()));
            pairs.add(String.join(" ", members));
        }
        return pairs;
    }
}
