package dev.invariants.property.internal.engine;

import dev.invariants.property.spi.Source;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The only {@link Source}: replays a prefix of recorded choices, then either draws at random or
 * returns the simplest choice, and records every choice made.
 */
public final class ChoiceRecorder implements Source {
    /** Beyond this a try is rejected: it protects against generators that never stop. */
    public static final int MAX_CHOICES = 250_000;
    private static final long[] NONE = new long[0];
    /** How often {@link #chooseSmall} spans its whole range. */
    private static final double WIDE = 0.1;

    private final long[] prefix;
    private final SplittableRandom random;
    private final int edgeRound;
    private final double edgeProbability;
    private long[] choices = new long[32];
    /** What the try is about to run, written by its thread and read by the runner's when the try is too slow. */
    private volatile String description = "";
    private int size;
    /** Start and end of each recorded span (a call of a sequence), flattened: the shrinker deletes and reorders them whole. */
    private int[] spans = new int[16];
    private int spanCount;

    private ChoiceRecorder(long[] prefix, SplittableRandom random, int edgeRound, double edgeProbability) {
        this.prefix = prefix;
        this.random = random;
        this.edgeRound = edgeRound;
        this.edgeProbability = edgeProbability;
    }

    public static ChoiceRecorder replaying(long[] prefix) {
        return new ChoiceRecorder(prefix, null, -1, 0);
    }

    /**
     * @param edgeRound at or above {@code 0} every generator asked produces an edge case: the one at
     *     this index while it has that many, a random one after
     */
    public static ChoiceRecorder generating(SplittableRandom random, int edgeRound, double edgeProbability) {
        return new ChoiceRecorder(NONE, random, edgeRound, edgeProbability);
    }

    @Override
    public long choose(long max) {
        checkMax(max);
        if (size < prefix.length) {
            return record(Math.min(prefix[size], max));
        }
        return record(random == null ? 0 : randomChoice(max));
    }

    @Override
    public long choose(long max, long suggestion) {
        checkMax(max);
        if (size < prefix.length) {
            return record(Math.min(prefix[size], max));
        }
        return record(random == null ? 0 : Math.max(0, Math.min(suggestion, max)));
    }

    @Override
    public long chooseSmall(long max, long usually) {
        checkMax(max);
        if (size < prefix.length || random == null || usually >= max || random.nextDouble() < WIDE) {
            return choose(max);
        }
        return choose(Math.max(usually, 0));
    }

    @Override
    public boolean chooseBoolean(double probability) {
        if (size < prefix.length) {
            return record(Math.min(prefix[size], 1)) == 1;
        }
        return record(random != null && random.nextDouble() < probability ? 1 : 0) == 1;
    }

    @Override
    public int edgeCase(int count) {
        if (random == null || count <= 0) {
            return -1;
        }
        if (edgeRound >= 0) {
            return edgeRound < count ? edgeRound : random.nextInt(count);
        }
        return random.nextDouble() < edgeProbability ? random.nextInt(count) : -1;
    }

    @Override
    public RuntimeException reject(String reason) {
        return new Rejection(reason);
    }

    /**
     * Says what the try is about to run (its input, as the counterexample would show it), so that a try left behind
     * at its deadline can still be reported with its input. A no-op for another {@link Source}.
     */
    public static void describe(Source source, String input) {
        if (source instanceof ChoiceRecorder recorder) {
            recorder.description = input;
        }
    }

    /** Where the next choice of {@code source} goes, to open a span; {@code -1} for another {@link Source}. */
    public static int position(Source source) {
        return source instanceof ChoiceRecorder recorder ? recorder.size : -1;
    }

    /**
     * Records that the choices from {@code start} (a {@link #position}) to now make one unit, such as a call of a
     * sequence, that the shrinker may delete or move as a whole. A no-op for another {@link Source}.
     */
    public static void span(Source source, int start) {
        if (source instanceof ChoiceRecorder recorder && start >= 0 && start < recorder.size) {
            if (recorder.spanCount + 2 > recorder.spans.length) {
                recorder.spans = Arrays.copyOf(recorder.spans, recorder.spans.length * 2);
            }
            recorder.spans[recorder.spanCount++] = start;
            recorder.spans[recorder.spanCount++] = recorder.size;
        }
    }

    int[] spans() {
        return Arrays.copyOf(spans, spanCount);
    }

    String description() {
        return description;
    }

    public long[] recorded() {
        return Arrays.copyOf(choices, size);
    }

    /** Log-uniform: as likely to be below 16 as between 2^40 and 2^41, so small and huge values both occur. */
    private long randomChoice(long max) {
        int bits = random.nextInt(64);
        long candidate = bits == 0 ? 0 : random.nextLong() & (-1L >>> (64 - bits));
        if (candidate <= max) {
            return candidate;
        }
        return max == Long.MAX_VALUE ? random.nextLong() & Long.MAX_VALUE : random.nextLong(max + 1);
    }

    private long record(long value) {
        if (size == MAX_CHOICES) {
            throw new Rejection("more than " + MAX_CHOICES + " choices in one try");
        }
        if (size == choices.length) {
            choices = Arrays.copyOf(choices, size * 2);
        }
        choices[size++] = value;
        return value;
    }

    private static void checkMax(long max) {
        if (max < 0) {
            throw new IllegalArgumentException("max must be at least 0 but was [" + max + "]");
        }
    }
}
