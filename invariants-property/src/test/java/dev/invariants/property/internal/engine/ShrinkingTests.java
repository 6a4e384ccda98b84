package dev.invariants.property.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.property.spi.Generator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Shrinking works on the recorded choices, so generators with no shrinking code of their own still shrink. */
class ShrinkingTests {

    /** Runs "every value satisfies {@code holds}" and returns the value of the shrunk counterexample. */
    static <T> T counterexample(Generator<T> generator, Predicate<T> holds, long seed) {
        AtomicReference<T> last = new AtomicReference<>();
        Property property = source -> {
            T value = generator.generate(source);
            last.set(value);
            return holds.test(value) ? TryOutcome.pass() : TryOutcome.fail("failed", null, String.valueOf(value));
        };
        RunResult result = new PropertyRunner(property, new RunSettings("shrinking", 500, seed, null)).run();
        assertThat(result.failed()).as("a counterexample is found").isTrue();
        Attempt.run(property, ChoiceRecorder.replaying(result.choices()));
        return last.get();
    }

    @Test
    @DisplayName("should shrink a mapped and filtered generator to the first failing value")
    void mappedAndFiltered() {
        Generator<Integer> evens = source -> (int) source.choose(1_000_000);
        Generator<Integer> notThrees = evens.map(x -> x * 2).filter(x -> x % 3 != 0);

        // fails from 1000 on; 1000 is even (choice 500) and not a multiple of 3, so nothing smaller fails
        assertThat(counterexample(notThrees, x -> x < 1000, 7)).isEqualTo(1000);
    }

    @Test
    @DisplayName("should shrink a list to its fewest and smallest elements")
    void list() {
        Generator<Integer> element = source -> (int) source.choose(100);
        Generator<List<Integer>> lists = source -> {
            List<Integer> items = new ArrayList<>();
            while (source.chooseBoolean(0.8)) {
                items.add(element.generate(source));
            }
            return items;
        };

        // a sum of 10 fails; one element is shorter than any two, and that element must then be 10
        assertThat(counterexample(lists, l -> l.stream().mapToInt(Integer::intValue).sum() < 10, 3)).containsExactly(10);
    }

    @Test
    @DisplayName("should find the same shrunk counterexample again from the same seed")
    void replayBySeed() {
        Generator<Long> values = source -> source.choose(Long.MAX_VALUE);
        Property property = source -> values.generate(source) % 7 != 3 ? TryOutcome.pass() : TryOutcome.fail("f", null, "");

        RunResult first = new PropertyRunner(property, new RunSettings("seeded", 300, 99, null)).run();
        RunResult second = new PropertyRunner(property, new RunSettings("seeded", 300, 99, null)).run();

        assertThat(first.statistics().tries()).isEqualTo(second.statistics().tries());
        // x % 7 == 3 first holds at 3
        assertThat(first.choices()).containsExactly(3L).isEqualTo(second.choices());
    }
}
