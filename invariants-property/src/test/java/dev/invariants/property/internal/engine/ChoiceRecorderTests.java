package dev.invariants.property.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The one source of every generated value: replay, the spread of random draws, the share of edge cases. */
class ChoiceRecorderTests {

    private static final int DRAWS = 20_000;

    @Test
    @DisplayName("a negative bound is refused, naming it")
    void negativeMax() {
        ChoiceRecorder recorder = ChoiceRecorder.generating(new SplittableRandom(1), -1, 0.1);

        assertThatThrownBy(() -> recorder.choose(-1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[-1]");
        assertThatThrownBy(() -> recorder.choose(-2, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[-2]");
    }

    @Test
    @DisplayName("a replay clamps each recorded choice to its bound, then answers the simplest choice")
    void replay() {
        ChoiceRecorder recorder = ChoiceRecorder.replaying(new long[] {5, 9, 7});

        assertThat(recorder.choose(3)).isEqualTo(3);
        assertThat(recorder.choose(100, 50)).isEqualTo(9);
        assertThat(recorder.chooseBoolean(0.0)).isTrue();
        assertThat(recorder.choose(100)).isZero();
        assertThat(recorder.chooseBoolean(1.0)).isFalse();
        assertThat(recorder.edgeCase(4)).isEqualTo(-1);
        assertThat(recorder.recorded()).containsExactly(3, 9, 1, 0, 0);
    }

    @Test
    @DisplayName("a suggestion is taken as given once the prefix is used up, within the bound")
    void suggestion() {
        ChoiceRecorder recorder = ChoiceRecorder.generating(new SplittableRandom(3), -1, 0.1);

        assertThat(recorder.choose(10, 4)).isEqualTo(4);
        assertThat(recorder.choose(10, 40)).isEqualTo(10);
        assertThat(recorder.choose(10, -5)).isZero();
    }

    @Test
    @DisplayName("unbounded draws are log-uniform: about 6 in 64 below 16, about 22 in 64 at 2^40 or above")
    void logUniform() {
        ChoiceRecorder recorder = ChoiceRecorder.generating(new SplittableRandom(11), -1, 0.1);
        long[] draws = LongStream.range(0, DRAWS).map(i -> recorder.choose(Long.MAX_VALUE)).toArray();

        // a bit length b of 0..63, then a value below 2^b: below 16 with (5 + 1/2 + 1/4 + ...) / 64 = 0.094,
        // at 2^40 or above with (23 - 1/2 - 1/4 - ...) / 64 = 0.344
        assertThat(share(draws, v -> v < 16)).isBetween(0.085, 0.103);
        assertThat(share(draws, v -> v >= 1L << 40)).isBetween(0.325, 0.365);
        assertThat(boxed(draws)).allMatch(v -> v >= 0);
    }

    @Test
    @DisplayName("bounded draws stay within the bound and reach every value of a small range")
    void bounded() {
        ChoiceRecorder recorder = ChoiceRecorder.generating(new SplittableRandom(5), -1, 0.1);
        long[] draws = LongStream.range(0, 2_000).map(i -> recorder.choose(10)).toArray();

        assertThat(boxed(draws)).allMatch(v -> v >= 0 && v <= 10);
        assertThat(boxed(LongStream.rangeClosed(0, 10).toArray())).allMatch(v -> LongStream.of(draws).anyMatch(d -> d == v));
    }

    @Test
    @DisplayName("outside edge rounds an edge case is drawn at the configured share")
    void edgeShare() {
        ChoiceRecorder tenPercent = ChoiceRecorder.generating(new SplittableRandom(7), -1, 0.1);
        ChoiceRecorder halves = ChoiceRecorder.generating(new SplittableRandom(7), -1, 0.5);

        long[] edges = LongStream.range(0, DRAWS).map(i -> tenPercent.edgeCase(5)).toArray();

        assertThat(share(edges, v -> v >= 0)).isBetween(0.085, 0.115);
        assertThat(boxed(edges)).allMatch(v -> v >= -1 && v < 5);
        assertThat(share(LongStream.range(0, DRAWS).map(i -> halves.edgeCase(5)).toArray(), v -> v >= 0)).isBetween(0.47, 0.53);
        assertThat(tenPercent.edgeCase(0)).isEqualTo(-1);
    }

    @Test
    @DisplayName("an edge round names its edge case while the generator has that many, a random one after")
    void edgeRound() {
        assertThat(ChoiceRecorder.generating(new SplittableRandom(1), 3, 0.1).edgeCase(5)).isEqualTo(3);
        ChoiceRecorder beyond = ChoiceRecorder.generating(new SplittableRandom(1), 7, 0.1);
        long[] picks = LongStream.range(0, 200).map(i -> beyond.edgeCase(5)).toArray();

        assertThat(boxed(picks)).allMatch(v -> v >= 0 && v < 5);
        assertThat(LongStream.of(picks).distinct().count()).isEqualTo(5);
    }

    @Test
    @DisplayName("a try that makes too many choices is rejected, saying why")
    void tooManyChoices() {
        ChoiceRecorder recorder = ChoiceRecorder.generating(new SplittableRandom(1), -1, 0.1);
        for (int i = 0; i < ChoiceRecorder.MAX_CHOICES; i++) {
            recorder.choose(1);
        }

        assertThatThrownBy(() -> recorder.choose(1)).isInstanceOf(Rejection.class)
                .hasMessageContaining("more than " + ChoiceRecorder.MAX_CHOICES + " choices");
        assertThat(recorder.recorded()).hasSize(ChoiceRecorder.MAX_CHOICES);
    }

    private static java.util.List<Long> boxed(long[] values) {
        return LongStream.of(values).boxed().toList();
    }

    private static double share(long[] values, java.util.function.LongPredicate which) {
        return (double) LongStream.of(values).filter(which).count() / values.length;
    }
}
