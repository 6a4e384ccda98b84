package dev.invariants.property.internal.engine;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Shrinks a failing try by editing its recorded choices and replaying them, keeping an edit only when
 * the replay fails the same way with a simpler record (shorter, else lexicographically smaller).
 * Because it never looks at what values mean, it works for every generator. Its own passes
 * edit one or two choices; {@link GroupPasses}, {@link SpanPasses} and {@link DigitPasses}
 * edit several at once, or whole spans, to get past the local minima the others stop at.
 */
final class Shrinker {
    private static final int[] SPANS = {8, 4, 2, 1};
    private static final int PAIR_LIMIT = 40;
    private static final long SMALL = 16;
    /**
     * A system property for measuring the passes (docs/generation.md, ShrinkMeasurements): {@code true} runs only the
     * passes that edit one or two choices, as the shrinker did before issue 15 item 6. Not a configuration key.
     */
    static final String LOCAL_ONLY = "invariants.internal.shrink.local-only";

    private final Function<long[], Attempt> replay;
    private final String failureKey;
    private final int budget;
    private final BooleanSupplier stopped;
    private final Set<Key> seen = new HashSet<>();
    private Attempt best;
    private int calls;
    private int improvements;
    private final boolean localOnly = Boolean.getBoolean(LOCAL_ONLY);

    Shrinker(Function<long[], Attempt> replay, Attempt failing, int budget) {
        this(replay, failing, budget, () -> false);
    }

    /** @param stopped says when time is up: shrinking then keeps the smallest failure found so far */
    Shrinker(Function<long[], Attempt> replay, Attempt failing, int budget, BooleanSupplier stopped) {
        this.stopped = stopped;
        this.replay = replay;
        this.failureKey = failing.outcome().detail();
        this.best = failing;
        this.budget = budget;
    }

    Attempt shrink() {
        int before;
        do {
            before = improvements;
            deleteSpans();
            if (!localOnly) {
                SpanPasses.deleteMarked(this);
                SpanPasses.deletePairs(this);
                SpanPasses.mergeSame(this);
            }
            zeroSpans();
            minimiseEach();
            if (!localOnly) {
                DigitPasses.fewerDigits(this);
                DigitPasses.lowerScale(this);
            }
            lowerPairs();
            if (!localOnly) {
                GroupPasses.lowerCommonOffset(this);
                GroupPasses.lowerDuplicates(this);
            }
            redistribute();
            sortNeighbours();
            if (!localOnly) {
                SpanPasses.sortMarked(this);
            }
        } while (improvements > before && calls < budget && !stopped.getAsBoolean());
        return best;
    }

    int calls() {
        return calls;
    }

    int improvements() {
        return improvements;
    }

    /** The choices of the simplest failure so far. */
    long[] current() {
        return best.choices();
    }

    /** The spans the simplest failure so far marked (start and end of each, flattened). */
    int[] spans() {
        return best.spans();
    }

    /** Whether no more candidates will be replayed: the budget or the time is used up. */
    boolean exhausted() {
        return calls >= budget || stopped.getAsBoolean();
    }

    private void deleteSpans() {
        for (int span : SPANS) {
            for (int i = best.choices().length - span; i >= 0; i--) {
                long[] current = best.choices();
                if (i + span > current.length) {
                    continue;
                }
                long[] candidate = new long[current.length - span];
                System.arraycopy(current, 0, candidate, 0, i);
                System.arraycopy(current, i + span, candidate, i, current.length - i - span);
                consider(candidate);
            }
        }
    }

    private void zeroSpans() {
        for (int span : SPANS) {
            for (int i = 0; i + span <= best.choices().length; i++) {
                long[] candidate = best.choices().clone();
                boolean changes = false;
                for (int j = i; j < i + span; j++) {
                    changes |= candidate[j] != 0;
                    candidate[j] = 0;
                }
                if (changes) {
                    consider(candidate);
                }
            }
        }
    }

    private void minimiseEach() {
        for (int i = 0; i < best.choices().length; i++) {
            long value = best.choices()[i];
            if (value == 0 || consider(with(i, 0)) || trySmall(i, value)) {
                continue;
            }
            long passing = 0;
            long failing = value;
            while (passing + 1 < failing && i < best.choices().length) {
                long middle = passing + (failing - passing) / 2;
                if (consider(with(i, middle))) {
                    failing = middle;
                } else {
                    passing = middle;
                }
            }
        }
    }

    /** Small values first: binary search assumes failures are monotone, and often they are not (x % 7 == 3). */
    private boolean trySmall(int index, long value) {
        for (long small = 1; small < Math.min(value, SMALL); small++) {
            if (index < best.choices().length && consider(with(index, small))) {
                return true;
            }
        }
        return false;
    }

    /** Lowers two choices together: values that must stay related (a bound and a value at it) shrink as a pair. */
    private void lowerPairs() {
        int length = Math.min(best.choices().length, PAIR_LIMIT);
        for (int i = 0; i < length; i++) {
            for (int j = i + 1; j < length && j < best.choices().length; j++) {
                long[] current = best.choices();
                long limit = Math.min(current[i], current[j]);
                if (limit == 0 || !consider(lowered(current, i, j, 1))) {
                    continue;
                }
                long passing = limit + 1;
                long done = 1;
                while (done + 1 < passing && j < best.choices().length) {
                    long middle = done + (passing - done) / 2;
                    if (consider(lowered(best.choices(), i, j, middle - done))) {
                        done = middle;
                    } else {
                        passing = middle;
                    }
                }
            }
        }
    }

    /** Moves value from an earlier choice to a later one: (2e9, 1e9) overflowing becomes (1, 2147483647). */
    private void redistribute() {
        int length = Math.min(best.choices().length, PAIR_LIMIT);
        for (int i = 0; i < length; i++) {
            for (int j = i + 1; j < length && j < best.choices().length; j++) {
                long[] current = best.choices();
                if (current[i] == 0 || !consider(moved(current, i, j, current[i]))
                        && !consider(moved(best.choices(), i, j, 1))) {
                    continue;
                }
                long passing = best.choices()[i] + 1;
                long done = 0;
                while (done + 1 < passing && j < best.choices().length && best.choices()[i] > 0) {
                    long middle = done + (passing - done) / 2;
                    if (consider(moved(best.choices(), i, j, Math.min(middle, best.choices()[i])))) {
                        passing = passing - middle;
                        done = 0;
                    } else {
                        passing = middle;
                    }
                }
            }
        }
    }

    private static long[] moved(long[] current, int i, int j, long amount) {
        long[] candidate = current.clone();
        long room = Long.MAX_VALUE - candidate[j];
        long by = Math.min(amount, Math.min(room, candidate[i]));
        candidate[i] -= by;
        candidate[j] += by;
        return candidate;
    }

    private void sortNeighbours() {
        for (int i = 0; i + 1 < best.choices().length; i++) {
            long[] current = best.choices();
            if (current[i] > current[i + 1]) {
                long[] candidate = current.clone();
                candidate[i] = current[i + 1];
                candidate[i + 1] = current[i];
                consider(candidate);
            }
        }
    }

    private long[] with(int index, long value) {
        long[] candidate = best.choices().clone();
        candidate[index] = value;
        return candidate;
    }

    private static long[] lowered(long[] current, int i, int j, long by) {
        long[] candidate = current.clone();
        candidate[i] = Math.max(0, candidate[i] - by);
        candidate[j] = Math.max(0, candidate[j] - by);
        return candidate;
    }

    /** Replays {@code candidate} if it is simpler and new; keeps it when it fails the same way. */
    boolean consider(long[] candidate) {
        if (calls >= budget || !simpler(candidate, best.choices()) || !seen.add(new Key(candidate)) || stopped.getAsBoolean()) {
            return false;
        }
        calls++;
        Attempt attempt = replay.apply(candidate);
        if (attempt.outcome().failed() && attempt.outcome().detail().equals(failureKey)
                && simpler(attempt.choices(), best.choices())) {
            best = attempt;
            improvements++;
            return true;
        }
        return false;
    }

    static boolean simpler(long[] a, long[] b) {
        if (a.length != b.length) {
            return a.length < b.length;
        }
        return Arrays.compare(a, b) < 0;
    }

    private record Key(long[] choices) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Arrays.equals(choices, key.choices);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(choices);
        }
    }
}
