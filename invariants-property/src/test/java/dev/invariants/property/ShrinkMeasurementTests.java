package dev.invariants.property;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.property.fixtures.Fixtures;
import dev.invariants.property.fixtures.InventoryTestCase;
import dev.invariants.property.fixtures.ThresholdsTestCase;
import dev.invariants.property.fixtures.shrink.ShrinkFixturesTestCase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;

/**
 * The planted bugs of docs/generation.md's shrinking table, each run in real launcher sessions with several seeds,
 * twice: with only the shrink passes that edit one or two choices (the shrinker before issue 15 item 6) and with all of
 * them. Prints the table (and writes it to {@code target/shrink-measurements.md}); asserts the counterexamples a user
 * sees.
 */
class ShrinkMeasurementTests {
    /** The failing nodes measured, by display name, with the smallest counterexample each can have. */
    private static final Map<String, String> MINIMA = new LinkedHashMap<>();
    private static final long[] SEEDS = {Fixtures.SEED, 1, 2, 3, 4};
    private static final Pattern SHRUNK = Pattern.compile("shrunk from \\[(\\d+)] to \\[(\\d+)] choices");
    private static final String LOCAL_ONLY = "invariants.internal.shrink.local-only";

    static {
        // a fraction in [0.45, 0.5) fails; scale 1 has none, and at scale 2 the smallest is 45
        MINIMA.put("rounds-once · toWhole(BigDecimal)", "price = [0.45]");
        MINIMA.put("rounds-double-once · toWholeDouble(double)", "amount = [0.45]");
        // no minimum worked out: shown for the case, a product computed in doubles
        MINIMA.put("total-exact · total(BigDecimal, BigDecimal)", null);
        // three passes while unlocked; lock() and unlock() only add calls
        MINIMA.put("two-per-unlock · call sequences", "turnstile = new Turnstile(); turnstile.pass(); turnstile.pass(); turnstile.pass();");
        // salt >= 2 and water >= 3 before taste(): addSalt's index (methods by name) is the smaller
        MINIMA.put("never-spoiled · call sequences", "mixer = new Mixer(); mixer.addSalt(2); mixer.addWater(3); mixer.taste();");
    }

    /** Per seed, the results of the run with the local passes only, and with all. */
    private static final List<Map<String, TestExecutionResult>> BEFORE = new ArrayList<>();
    private static final List<Map<String, TestExecutionResult>> AFTER = new ArrayList<>();
    private static Map<String, TestExecutionResult> regressionBefore;
    private static Map<String, TestExecutionResult> regressionAfter;

    @BeforeAll
    static void measure() throws IOException {
        for (long seed : SEEDS) {
            ShrinkFixturesTestCase.seed = seed;
            BEFORE.add(localOnly(() -> FixtureSession.run(ShrinkFixturesTestCase.class).results()));
            AFTER.add(FixtureSession.run(ShrinkFixturesTestCase.class).results());
        }
        ShrinkFixturesTestCase.seed = Fixtures.SEED;
        regressionBefore = localOnly(() -> FixtureSession.run(ThresholdsTestCase.class, InventoryTestCase.class).results());
        regressionAfter = FixtureSession.run(ThresholdsTestCase.class, InventoryTestCase.class).results();
        StringBuilder table = new StringBuilder("| planted bug | at the minimum, before | after | choices, before (mean) | after"
                + " | counterexample before (seed " + Fixtures.SEED + ") | after |\n|---|---|---|---|---|---|---|\n");
        for (Map.Entry<String, String> bug : MINIMA.entrySet()) {
            String node = bug.getKey();
            table.append("| ").append(node.substring(0, node.indexOf(' '))).append(" | ")
                    .append(bug.getValue() == null ? "" : atMinimum(BEFORE, node) + "/" + SEEDS.length).append(" | ")
                    .append(bug.getValue() == null ? "" : atMinimum(AFTER, node) + "/" + SEEDS.length).append(" | ")
                    .append(mean(BEFORE, node)).append(" | ").append(mean(AFTER, node)).append(" | `")
                    .append(counterexample(BEFORE.get(0), node)).append("` | `").append(counterexample(AFTER.get(0), node)).append("` |\n");
        }
        for (String node : List.of("below-1000 · identity(int)", "sum-non-negative · add(int, int)", "reserved-within-stock · call sequences")) {
            table.append("| ").append(node.substring(0, node.indexOf(' '))).append(" | | | ").append(shrunkTo(regressionBefore, node))
                    .append(" | ").append(shrunkTo(regressionAfter, node)).append(" | `").append(counterexample(regressionBefore, node))
                    .append("` | `").append(counterexample(regressionAfter, node)).append("` |\n");
        }
        System.out.println(table);
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.writeString(target.resolve("shrink-measurements.md"), table);
        }
    }

    private static <T> T localOnly(java.util.function.Supplier<T> run) {
        System.setProperty(LOCAL_ONLY, "true");
        try {
            return run.get();
        } finally {
            System.clearProperty(LOCAL_ONLY);
        }
    }

    private static long atMinimum(List<Map<String, TestExecutionResult>> runs, String node) {
        return runs.stream().filter(results -> counterexample(results, node).equals(MINIMA.get(node))).count();
    }

    private static String mean(List<Map<String, TestExecutionResult>> runs, String node) {
        return String.format(java.util.Locale.ROOT, "%.1f", runs.stream().mapToInt(results -> shrunkTo(results, node)).average().orElseThrow());
    }

    private static String message(Map<String, TestExecutionResult> results, String node) {
        TestExecutionResult result = results.get(node);
        assertThat(result).as(node).isNotNull();
        assertThat(result.getStatus()).as(node).isEqualTo(TestExecutionResult.Status.FAILED);
        return result.getThrowable().map(Throwable::getMessage).orElse("");
    }

    private static int shrunkTo(Map<String, TestExecutionResult> results, String node) {
        Matcher matcher = SHRUNK.matcher(message(results, node));
        assertThat(matcher.find()).as(node).isTrue();
        return Integer.parseInt(matcher.group(2));
    }

    /** The first failure's counterexample, its lines joined. */
    private static String counterexample(Map<String, TestExecutionResult> results, String node) {
        String message = message(results, node);
        int start = message.indexOf("\tcounterexample:\n") + "\tcounterexample:\n".length();
        int end = message.indexOf("\tfound after", start);
        List<String> lines = new ArrayList<>();
        for (String line : message.substring(start, end).split("\n")) {
            lines.add(line.trim());
        }
        return String.join(" ", lines);
    }

    @Test
    @DisplayName("no planted bug's counterexample is longer than before, whatever the seed")
    void neverLonger() {
        for (int run = 0; run < SEEDS.length; run++) {
            for (String node : MINIMA.keySet()) {
                assertThat(shrunkTo(AFTER.get(run), node)).as(node + " with seed " + SEEDS[run])
                        .isLessThanOrEqualTo(shrunkTo(BEFORE.get(run), node));
            }
        }
        for (String node : List.of("below-1000 · identity(int)", "sum-non-negative · add(int, int)", "reserved-within-stock · call sequences")) {
            assertThat(counterexample(regressionAfter, node)).as(node).isEqualTo(counterexample(regressionBefore, node));
        }
    }

    @Test
    @DisplayName("a decimal that rounds twice shrinks to the fewest digits that show it, 0.45, whatever the seed")
    void decimal() {
        assertThat(atMinimum(AFTER, "rounds-once · toWhole(BigDecimal)")).isEqualTo(SEEDS.length);
    }

    @Test
    @DisplayName("a double that rounds twice shrinks to 0.45, not to a binary fraction near it")
    void decimalDouble() {
        assertThat(counterexample(AFTER.get(0), "rounds-double-once · toWholeDouble(double)")).isEqualTo("amount = [0.45]");
        assertThat(atMinimum(AFTER, "rounds-double-once · toWholeDouble(double)")).isEqualTo(SEEDS.length);
    }

    @Test
    @DisplayName("lock() and unlock() are deleted together, leaving the three passes the bug needs")
    void pairsOfCalls() {
        assertThat(counterexample(AFTER.get(0), "two-per-unlock · call sequences")).isEqualTo(MINIMA.get("two-per-unlock · call sequences"));
        assertThat(atMinimum(AFTER, "two-per-unlock · call sequences")).isEqualTo(SEEDS.length);
    }

    @Test
    @DisplayName("two independent calls come in the order of their methods' names, each with its smallest argument")
    void sortedCalls() {
        assertThat(counterexample(AFTER.get(0), "never-spoiled · call sequences")).isEqualTo(MINIMA.get("never-spoiled · call sequences"));
        assertThat(atMinimum(AFTER, "never-spoiled · call sequences")).isEqualTo(SEEDS.length);
    }
}
