package dev.invariants.property.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run of one property: how tries are counted, ordered, stopped, told apart and remembered. */
class PropertyRunnerTests {

    private static RunResult run(Property property, int tries) {
        return new PropertyRunner(property, new RunSettings("runner", tries, 11, null)).run();
    }

    @Test
    @DisplayName("should count tries until the wanted number are valid, each rejection under its reason")
    void counting() {
        Property property = source -> {
            long value = source.choose(99);
            if (value % 3 == 0) {
                throw source.reject("a multiple of three");
            }
            if (value % 3 == 1) {
                throw source.reject("one more than a multiple of three");
            }
            return TryOutcome.pass();
        };

        Statistics statistics = run(property, 50).statistics();

        assertThat(statistics.valid()).isEqualTo(50);
        assertThat(statistics.tries()).isEqualTo(statistics.valid() + statistics.rejected());
        assertThat(statistics.rejectReasons()).containsOnlyKeys("a multiple of three", "one more than a multiple of three");
        assertThat(statistics.rejectReasons().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(statistics.rejected());
        assertThat(statistics.rejectedShare()).isEqualTo((double) statistics.rejected() / statistics.tries());
    }

    @Test
    @DisplayName("should give up after ten times the tries when nearly every input is rejected")
    void triesCap() {
        Property property = source -> {
            throw source.reject("never valid");
        };

        Statistics statistics = run(property, 30).statistics();

        // max(10 * 30, 30 + 100)
        assertThat(statistics.tries()).isEqualTo(300);
        assertThat(statistics.valid()).isZero();
    }

    @Test
    @DisplayName("should ask for every edge case in order first (a quarter of the tries, at most 40), then one in ten")
    void edgeRounds() {
        List<Integer> edges = Collections.synchronizedList(new ArrayList<>());
        Property property = source -> {
            edges.add(source.edgeCase(1000));
            return TryOutcome.pass();
        };

        run(property, 1000);

        assertThat(edges.subList(0, 40)).containsExactlyElementsOf(IntStream.range(0, 40).boxed().toList());
        long later = edges.subList(40, edges.size()).stream().filter(edge -> edge >= 0).count();
        // 960 random tries at 10%: 96 expected, the bounds are five standard deviations (9.3) away
        assertThat(later).isBetween(50L, 142L);
        assertThat(edges).hasSize(1000);
    }

    @Test
    @DisplayName("should report at most four distinct failures, each once, the first one found first")
    void distinctFailures() {
        Property property = source -> {
            long value = source.choose(1_000_000);
            return TryOutcome.fail("key " + value % 10, null, String.valueOf(value));
        };

        RunResult result = run(property, 100);

        assertThat(result.failed()).isTrue();
        List<String> keys = new ArrayList<>();
        keys.add(result.outcome().detail());
        result.others().forEach(other -> keys.add(other.outcome().detail()));
        assertThat(keys).hasSize(PropertyRunner.MAX_DISTINCT).doesNotHaveDuplicates().allMatch(key -> key.startsWith("key "));
        // the fourth distinct key ends the search: no more tries than needed to find four
        assertThat(result.statistics().tries()).isLessThan(100);
    }

    @Test
    @DisplayName("should go on for at most the wanted tries again after the first failure, looking for a second bug")
    void searchAfterTheFirst() {
        List<Long> seen = Collections.synchronizedList(new ArrayList<>());
        Property property = source -> {
            long value = source.choose(1_000_000);
            seen.add(value);
            return value % 2 == 0 ? TryOutcome.fail("even", null, String.valueOf(value)) : TryOutcome.pass();
        };

        RunResult result = run(property, 20);

        assertThat(result.failed()).isTrue();
        assertThat(result.others()).isEmpty();
        // the generating tries come before the shrinker's replays in 'seen'
        List<Long> generated = seen.subList(0, result.statistics().tries());
        int firstFailure = 0;
        while (generated.get(firstFailure) % 2 != 0) {
            firstFailure++;
        }
        // the run did not end earlier by reaching its 20 passing tries
        assertThat(generated.stream().filter(value -> value % 2 != 0).count()).isLessThan(20);
        assertThat(result.statistics().tries()).isEqualTo(firstFailure + 1 + 20);
    }

    @Test
    @DisplayName("should fold a failure that needed a call outside its pre into the same one within every contract, "
            + "and put a failure within every contract first")
    void outsidePre() {
        Property property = source -> {
            long value = source.choose(99);
            if (value < 30) {
                return TryOutcome.fail("broke x, " + TryOutcome.OUTSIDE_PRE, null, "a");
            }
            if (value < 60) {
                return TryOutcome.fail("broke x", null, "b");
            }
            return TryOutcome.fail("broke y, " + TryOutcome.OUTSIDE_PRE, null, "c");
        };

        RunResult result = run(property, 200);

        assertThat(result.outcome().detail()).isEqualTo("broke x");
        assertThat(result.others()).extracting(other -> other.outcome().detail())
                .containsExactly("broke y, " + TryOutcome.OUTSIDE_PRE);
    }

    @Test
    @DisplayName("should replay a remembered failing example first, and forget one that passes now")
    void remembered(@TempDir Path directory) {
        ExampleStore store = new ExampleStore(directory);
        Property failsAtFive = source -> source.choose(100) == 5 ? TryOutcome.fail("five", null, "5") : TryOutcome.pass();
        store.save("remembered", new long[] {5});

        RunResult replayed = new PropertyRunner(failsAtFive, new RunSettings("remembered", 10, 1, store)).run();
        Property passes = source -> TryOutcome.pass();
        RunResult fixed = new PropertyRunner(passes, new RunSettings("remembered", 10, 1, store)).run();

        assertThat(replayed.remembered()).isTrue();
        assertThat(replayed.choices()).containsExactly(5);
        assertThat(replayed.statistics().tries()).isEqualTo(1);
        assertThat(fixed.failed()).isFalse();
        assertThat(store.load("remembered")).isEmpty();
    }

    @Test
    @DisplayName("should remember the shrunk first failure, not the one found")
    void remembersTheShrunk(@TempDir Path directory) {
        ExampleStore store = new ExampleStore(directory);
        Property property = source -> source.choose(1_000_000) >= 1000 ? TryOutcome.fail("large", null, "") : TryOutcome.pass();

        RunResult result = new PropertyRunner(property, new RunSettings("shrunk", 100, 3, store)).run();

        assertThat(result.remembered()).isFalse();
        assertThat(result.choices()).containsExactly(1000);
        assertThat(store.load("shrunk")).hasValueSatisfying(choices -> assertThat(choices).containsExactly(1000));
    }

    @Test
    @DisplayName("should stop at its time budget and say so")
    void budget() {
        Property slowish = source -> {
            source.choose(10);
            try {
                Thread.sleep(5);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            return TryOutcome.pass();
        };
        RunSettings settings = new RunSettings("budget", 100_000, 1, null, Duration.ofSeconds(5), Duration.ofMillis(200),
                UnaryOperator.identity());

        RunResult result = new PropertyRunner(slowish, settings).run();

        assertThat(result.health().outOfTime()).isTrue();
        assertThat(result.statistics().tries()).isBetween(1, 100_000 - 1);
        assertThat(result.failed()).isFalse();
    }

    @Test
    @DisplayName("should leave tries behind at their deadline, keep the first, and stop after three")
    void tooSlow() {
        Property spins = source -> {
            long value = source.choose(10);
            long sink = value;
            while (!Thread.currentThread().isInterrupted()) {
                sink = sink * 31 + 7;
            }
            return sink == 42 ? TryOutcome.fail("never", null, "") : TryOutcome.pass();
        };
        RunSettings settings = new RunSettings("slow", 100, 1, null, Duration.ofMillis(20), Duration.ofSeconds(60),
                UnaryOperator.identity());

        RunResult result = new PropertyRunner(spins, settings).run();

        assertThat(result.health().tooSlow()).isNotNull();
        assertThat(result.health().tooSlow().outcome().kind()).isEqualTo(TryOutcome.Kind.TOO_SLOW);
        assertThat(result.health().slowTries()).isEqualTo(RunSettings.MAX_ABANDONED);
        assertThat(result.statistics().tries()).isEqualTo(RunSettings.MAX_ABANDONED);
        assertThat(result.health().outOfTime()).isFalse();
    }

    @Test
    @DisplayName("should print zero rates for a run that made no tries or took no time")
    void emptyStatistics() {
        Statistics none = new Statistics(0, 0, java.util.Map.of(), 0, 0);
        Statistics some = new Statistics(8, 2, java.util.Map.of("r", 2), 2, 1_000_000_000L);

        assertThat(none.rejectedShare()).isZero();
        assertThat(none.triesPerSecond()).isZero();
        assertThat(some.valid()).isEqualTo(6);
        assertThat(some.rejectedShare()).isEqualTo(0.25);
        assertThat(some.triesPerSecond()).isEqualTo(10.0);
    }
}
