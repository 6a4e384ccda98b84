package dev.invariants.property.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * One case per pass of the shrinker that only that pass can simplify: each test starts from a failing
 * record no other pass improves, so deleting the pass fails its test. The property reads the raw
 * choices (a replay of a shorter record reads past its end as a pass).
 */
class ShrinkPassTests {

    private static long[] shrunk(Predicate<long[]> fails, long... failing) {
        assertThat(fails.test(failing)).as("the starting record fails").isTrue();
        Shrinker shrinker = new Shrinker(choices -> new Attempt(choices, fails.test(choices)
                ? TryOutcome.fail("same", null, "") : TryOutcome.pass()), new Attempt(failing, TryOutcome.fail("same", null, "")), 10_000);
        return shrinker.shrink().choices();
    }

    private static boolean pair(long[] c) {
        return c.length == 2;
    }

    @Test
    @DisplayName("deleting spans shortens a record no value edit can shorten")
    void deleteSpans() {
        // fails while any choice is 5: only deletion gets from three choices to one
        assertThat(shrunk(c -> java.util.Arrays.stream(c).anyMatch(v -> v == 5), 5, 5, 5)).containsExactly(5);
    }

    @Test
    @DisplayName("zeroing a span changes two choices at once where one at a time passes")
    void zeroSpans() {
        // fails at (7, 7) and (0, 0) only: one zero passes, lowering both by one passes
        assertThat(shrunk(c -> pair(c) && c[0] == c[1] && (c[0] == 7 || c[0] == 0), 7, 7)).containsExactly(0, 0);
    }

    @Test
    @DisplayName("minimising each choice finds the smallest failing value of a monotone failure")
    void minimiseEach() {
        assertThat(shrunk(c -> c.length == 1 && c[0] >= 40, 1000)).containsExactly(40);
    }

    @Test
    @DisplayName("small values are tried before the binary search, which a non-monotone failure misleads")
    void trySmall() {
        // 997 % 7 == 3; the search between 0 and 997 meets no other failing value on its way down
        assertThat(shrunk(c -> c.length == 1 && c[0] % 7 == 3, 997)).containsExactly(3);
    }

    @Test
    @DisplayName("lowering pairs keeps two equal choices equal on the way down")
    void lowerPairs() {
        // fails while both are equal and at least 3: zeroing either alone, or both, passes
        assertThat(shrunk(c -> pair(c) && c[0] == c[1] && c[0] >= 3, 9, 9)).containsExactly(3, 3);
    }

    @Test
    @DisplayName("redistributing moves value from the first choice to the second while the sum must stay")
    void redistribute() {
        // fails while the sum reaches 100; per-choice minimising stops at (10, 90)
        assertThat(shrunk(c -> pair(c) && c[0] + c[1] >= 100, 90, 90)).containsExactly(0, 100);
    }

    @Test
    @DisplayName("sorting neighbours swaps two choices when only their order is free")
    void sortNeighbours() {
        assertThat(shrunk(c -> pair(c) && (c[0] == 5 && c[1] == 3 || c[0] == 3 && c[1] == 5), 5, 3)).containsExactly(3, 5);
    }

    @Test
    @DisplayName("keeps only candidates failing the same way")
    void sameFailureOnly() {
        long[] start = {50};
        Shrinker shrinker = new Shrinker(choices -> new Attempt(choices, choices.length == 1 && choices[0] >= 10
                ? TryOutcome.fail(choices[0] >= 30 ? "big" : "other", null, "") : TryOutcome.pass()),
                new Attempt(start, TryOutcome.fail("big", null, "")), 10_000);

        assertThat(shrinker.shrink().choices()).containsExactly(30);
        assertThat(shrinker.improvements()).isPositive();
    }

    @Test
    @DisplayName("stops at its budget of replays")
    void budget() {
        Shrinker shrinker = new Shrinker(choices -> new Attempt(choices, choices.length == 1 && choices[0] >= 40
                ? TryOutcome.fail("same", null, "") : TryOutcome.pass()),
                new Attempt(new long[] {1_000_000}, TryOutcome.fail("same", null, "")), 3);

        long[] result = shrinker.shrink().choices();

        assertThat(shrinker.calls()).isEqualTo(3);
        assertThat(result[0]).isGreaterThan(40);
    }

    @Test
    @DisplayName("a shorter record is simpler than any longer one, then the smaller first difference is")
    void simpler() {
        assertThat(Shrinker.simpler(new long[] {9}, new long[] {0, 0})).isTrue();
        assertThat(Shrinker.simpler(new long[] {0, 0}, new long[] {9})).isFalse();
        assertThat(Shrinker.simpler(new long[] {1, 9}, new long[] {2, 0})).isTrue();
        assertThat(Shrinker.simpler(new long[] {2, 0}, new long[] {2, 0})).isFalse();
    }
}
