package dev.invariants.property.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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

    /** Like {@link #shrunk}, the replay marking spans as {@code spans} says, with every pass or only the local ones. */
    private static long[] shrunk(boolean localOnly, Function<long[], int[]> spans, Predicate<long[]> fails, long... failing) {
        assertThat(fails.test(failing)).as("the starting record fails").isTrue();
        String before = System.setProperty(Shrinker.LOCAL_ONLY, String.valueOf(localOnly));
        try {
            Shrinker shrinker = new Shrinker(choices -> new Attempt(choices, fails.test(choices)
                    ? TryOutcome.fail("same", null, "") : TryOutcome.pass(), spans.apply(choices)),
                    new Attempt(failing, TryOutcome.fail("same", null, ""), spans.apply(failing)), 10_000);
            return shrinker.shrink().choices();
        } finally {
            if (before == null) {
                System.clearProperty(Shrinker.LOCAL_ONLY);
            } else {
                System.setProperty(Shrinker.LOCAL_ONLY, before);
            }
        }
    }

    /** Calls of three choices each (a "more" flag, a kind, an argument) up to the first zero flag, as a sequence does. */
    private static List<long[]> calls(long[] c) {
        List<long[]> calls = new ArrayList<>();
        for (int i = 0; i < c.length && c[i] != 0; i += 3) {
            calls.add(new long[] {at(c, i + 1), at(c, i + 2)});
        }
        return calls;
    }

    private static int[] callSpans(long[] c) {
        List<Integer> spans = new ArrayList<>();
        for (int i = 0; i < c.length && c[i] != 0; i += 3) {
            spans.add(i);
            spans.add(Math.min(i + 3, c.length));
        }
        return spans.stream().mapToInt(Integer::intValue).toArray();
    }

    private static long at(long[] c, int index) {
        return index < c.length ? c[index] : 0;
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
    @DisplayName("lowering a common offset keeps the differences of several choices on the way down")
    void lowerCommonOffset() {
        // fails while c1 - c0 == 2, c2 - c1 == 3 and c0 >= 4: lowering one or two of them breaks a difference
        Predicate<long[]> fails = c -> c.length == 3 && c[1] - c[0] == 2 && c[2] - c[1] == 3 && c[0] >= 4;

        assertThat(shrunk(false, c -> new int[0], fails, 10, 12, 15)).containsExactly(4, 6, 9);
        assertThat(shrunk(true, c -> new int[0], fails, 10, 12, 15)).containsExactly(10, 12, 15);
    }

    @Test
    @DisplayName("lowering duplicates sets every copy of a value to one smaller value, the other choices kept")
    void lowerDuplicates() {
        // three equal choices of at least 3 and a last one that must stay 1, so no common offset reaches them
        Predicate<long[]> fails = c -> c.length == 4 && c[0] == c[1] && c[1] == c[2] && c[0] >= 3 && c[3] == 1;

        assertThat(shrunk(false, c -> new int[0], fails, 9, 9, 9, 1)).containsExactly(3, 3, 3, 1);
        assertThat(shrunk(true, c -> new int[0], fails, 9, 9, 9, 1)).containsExactly(9, 9, 9, 1);
    }

    @Test
    @DisplayName("deleting pairs of calls removes two calls that only together leave the failure as it was")
    void deletePairs() {
        // fails when the last call is of kind 2 with an argument of at least 5 and the calls of kind 1 are even in
        // number: deleting one of the two kind-1 calls passes; the shortest failing record is that one call, [1, 2, 5]
        Predicate<long[]> fails = c -> {
            List<long[]> calls = calls(c);
            return !calls.isEmpty() && calls.get(calls.size() - 1)[0] == 2 && calls.get(calls.size() - 1)[1] >= 5
                    && calls.stream().filter(call -> call[0] == 1).count() % 2 == 0
                    && calls.stream().allMatch(call -> call[0] == 1 || call[0] == 2);
        };

        assertThat(shrunk(false, ShrinkPassTests::callSpans, fails, 1, 1, 0, 1, 1, 0, 1, 2, 5)).containsExactly(1, 2, 5);
        assertThat(shrunk(true, ShrinkPassTests::callSpans, fails, 1, 1, 0, 1, 1, 0, 1, 2, 5)).hasSizeGreaterThan(3);
    }

    @Test
    @DisplayName("merging calls turns two calls of one method into one with a larger argument")
    void mergeSame() {
        // calls of kind 1 whose values (choice + 1, as an argument drawn from its least value) sum to at least 2: one
        // call must then have value 2, choice 1; deleting either call, or lowering anything, passes. Every choice
        // belongs to a whole call, so no deletion of a few choices makes a call of the remains
        Predicate<long[]> fails = c -> {
            List<long[]> calls = calls(c);
            return c.length % 3 == 0 && calls.size() == c.length / 3 && calls.stream().allMatch(call -> call[0] == 1) && calls.stream().mapToLong(call -> call[1] + 1).sum() >= 2;
        };

        assertThat(shrunk(false, ShrinkPassTests::callSpans, fails, 1, 1, 0, 1, 1, 0)).containsExactly(1, 1, 1);
        assertThat(shrunk(true, ShrinkPassTests::callSpans, fails, 1, 1, 0, 1, 1, 0)).containsExactly(1, 1, 0, 1, 1, 0);
    }

    @Test
    @DisplayName("sorting calls puts two calls in their simpler order when either order fails")
    void sortCalls() {
        // fails with the two calls (kind 1, given 1) and (kind 2, given 3) in either order: no edit of one or two
        // choices turns one order into the other, and the order with kind 1 first is the smaller record
        Predicate<long[]> fails = c -> {
            List<long[]> calls = calls(c);
            return c.length == 6 && calls.size() == 2 && (is(calls.get(0), 1, 1) && is(calls.get(1), 2, 3)
                    || is(calls.get(0), 2, 3) && is(calls.get(1), 1, 1));
        };

        assertThat(shrunk(false, ShrinkPassTests::callSpans, fails, 1, 2, 3, 1, 1, 1)).containsExactly(1, 1, 1, 1, 2, 3);
        assertThat(shrunk(true, ShrinkPassTests::callSpans, fails, 1, 2, 3, 1, 1, 1)).containsExactly(1, 2, 3, 1, 1, 1);
    }

    private static boolean is(long[] call, long kind, long argument) {
        return call[0] == kind && call[1] == argument;
    }

    @Test
    @DisplayName("fewer digits keeps the low digits a failure needs, which a binary search toward zero misses")
    void fewerDigits() {
        // fails when the last two digits are 45: the binary search from 7345 meets no such value on its way down
        Predicate<long[]> fails = c -> c.length == 1 && c[0] % 100 == 45;

        assertThat(shrunk(false, c -> new int[0], fails, 7345)).containsExactly(45);
        assertThat(shrunk(true, c -> new int[0], fails, 7345)).containsExactly(7345);
    }

    @Test
    @DisplayName("lowering a scale divides the digits after it, so a decimal keeps its value with fewer digits")
    void lowerScale() {
        // [scale, unscaled] is a decimal that fails when its fraction is in [0.45, 0.5), a double-rounding bug: from
        // 7190719012.4651 the fewest digits are 0.45 (scale 2, as scale 1 has no such fraction)
        Predicate<long[]> fails = c -> {
            if (c.length != 2 || c[0] > 10) {
                return false;
            }
            BigDecimal value = BigDecimal.valueOf(c[1], (int) c[0]);
            BigDecimal fraction = value.subtract(value.setScale(0, RoundingMode.FLOOR));
            return fraction.compareTo(new BigDecimal("0.45")) >= 0 && fraction.compareTo(new BigDecimal("0.5")) < 0;
        };

        assertThat(shrunk(false, c -> new int[0], fails, 4, 71907190124651L)).containsExactly(2, 45);
        assertThat(shrunk(true, c -> new int[0], fails, 4, 71907190124651L)).isNotEqualTo(new long[] {2, 45});
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
