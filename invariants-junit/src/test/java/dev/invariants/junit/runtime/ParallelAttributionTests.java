package dev.invariants.junit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.invariants.junit.fixtures.parallel.ParallelAttributionTestCase;
import dev.invariants.junit.testkit.FixtureRun;
import dev.invariants.junit.testkit.FixtureRunResult;
import dev.invariants.junit.testkit.ReportFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * 1,000 tests on 4 threads: every test's record holds exactly the invariants it checked and exactly
 * as many checks as it made, however the platform interleaves them.
 */
class ParallelAttributionTests {

    @Test
    void shouldAttributeEveryCheckToTheTestThatMadeItUnderParallelExecution() throws Exception {
        Path dir = Files.createTempDirectory("parallel");
        ParallelAttributionTestCase.THREADS.clear();

        FixtureRunResult result = FixtureRun.of(ParallelAttributionTestCase.class)
                .configuration("invariants.report.dir", dir.toString())
                .configuration("junit.jupiter.execution.parallel.enabled", "true")
                .configuration("junit.jupiter.execution.parallel.mode.default", "concurrent")
                .configuration("junit.jupiter.execution.parallel.config.strategy", "fixed")
                .configuration("junit.jupiter.execution.parallel.config.fixed.parallelism", "4")
                .execute();

        assertThat(result.tests()).hasSize(1_000).allMatch(t -> t.successful());
        assertThat(ParallelAttributionTestCase.THREADS).as("the tests ran on several threads").hasSizeGreaterThan(1);
        ReportFiles report = ReportFiles.read(dir);
        List<String> mismatches = new ArrayList<>();
        Map<String, Long> expectedTotals = new HashMap<>();
        int seen = 0;
        for (JsonElement element : report.root().getAsJsonArray("tests")) {
            JsonObject test = element.getAsJsonObject();
            String displayName = test.get("displayName").getAsString();
            if (!displayName.startsWith("test ")) {
                continue;
            }
            seen++;
            int mask = Integer.parseInt(displayName.substring("test ".length())) % 32;
            // Test n calls gauge k exactly k + 1 times for each bit k of n % 32, and nothing else.
            Map<String, Long> expected = new HashMap<>();
            for (int k = 0; k < 5; k++) {
                if ((mask & (1 << k)) != 0) {
                    expected.put("gauge-" + k, (long) k + 1);
                    expectedTotals.merge("gauge-" + k, (long) k + 1, Long::sum);
                }
            }
            Map<String, Long> actual = new HashMap<>();
            test.getAsJsonObject("evaluations").entrySet().forEach(e -> actual.put(e.getKey(),
                    e.getValue().getAsJsonObject().get("passed").getAsLong()));
            if (!actual.equals(expected) || !report.strings(test, "invariants").containsAll(expected.keySet())
                    || report.strings(test, "invariants").size() != expected.size()) {
                mismatches.add(displayName + ": expected " + expected + " but recorded " + actual);
            }
        }
        assertThat(seen).isEqualTo(1_000);
        assertThat(mismatches).isEmpty();
        // 0..991 are 31 whole cycles of 32 (496 numbers with bit k set); 992..999 are n % 32 = 0..7, with bits 0-2
        // set in 4 of them each and bits 3-4 in none. Every such test calls gauge k, k + 1 times.
        long[] expectedCalls = {500 * 1, 500 * 2, 500 * 3, 496 * 4, 496 * 5};
        for (int k = 0; k < 5; k++) {
            assertThat(ReportFiles.count(report.invariant("gauge-" + k), "passed")).isEqualTo(expectedCalls[k])
                    .isEqualTo(expectedTotals.get("gauge-" + k));
        }
        assertThat(report.root().getAsJsonObject("unattributed").entrySet()).isEmpty();
    }
}
