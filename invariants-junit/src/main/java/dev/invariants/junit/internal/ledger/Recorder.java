package dev.invariants.junit.internal.ledger;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Where the runtime reports every evaluation. The hot path is {@link #record(int, int)}: it must stay
 * cheap (no allocation, no string keys) because it runs on every call of a checked method.
 */
public final class Recorder {

    /** {@code pre} was false on entry: the call proceeded unchecked (guard mode). */
    public static final int PRE_FAILED = 0;
    /** {@code pre} held and the invariant held. */
    public static final int PASSED = 1;
    /** {@code pre} held and the invariant did not. */
    public static final int VIOLATED = 2;
    /** {@code pre} held and the call threw, which a {@code post}-only invariant neither passes nor violates. */
    public static final int THREW = 3;
    /** The expression threw while evaluated, or the definition is broken. */
    public static final int BROKEN = 4;
    /** The number of outcomes. */
    public static final int OUTCOMES = 5;

    // Fixed-size chunks that are never copied: growing appends a chunk, so no increment is ever lost.
    private static final int CHUNK_BITS = 10;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static volatile AtomicLongArray[] chunks = {new AtomicLongArray(CHUNK)};
    private static final ConcurrentMap<Integer, String> BROKEN_REASONS = new ConcurrentHashMap<>();

    private Recorder() {}

    /** Records one evaluation of the invariant with the given registry index. */
    public static void record(int invariant, int outcome) {
        int slot = invariant * OUTCOMES + outcome;
        AtomicLongArray[] current = chunks;
        int chunk = slot >>> CHUNK_BITS;
        if (chunk >= current.length) {
            current = grow(chunk);
        }
        current[chunk].incrementAndGet(slot & (CHUNK - 1));
    }

    /** Records that the invariant cannot be evaluated, with the message users will see. First reason wins. */
    public static void broken(int invariant, String reason) {
        BROKEN_REASONS.putIfAbsent(invariant, reason);
        record(invariant, BROKEN);
    }

    /** How often the invariant had the outcome in this JVM so far. */
    public static long count(int invariant, int outcome) {
        int slot = invariant * OUTCOMES + outcome;
        AtomicLongArray[] current = chunks;
        int chunk = slot >>> CHUNK_BITS;
        return chunk < current.length ? current[chunk].get(slot & (CHUNK - 1)) : 0;
    }

    /** Why the invariant is broken, or {@code null}. */
    public static String brokenReason(int invariant) {
        return BROKEN_REASONS.get(invariant);
    }

    private static synchronized AtomicLongArray[] grow(int chunk) {
        AtomicLongArray[] current = chunks;
        if (chunk < current.length) {
            return current;
        }
        AtomicLongArray[] grown = java.util.Arrays.copyOf(current, chunk + 1);
        for (int i = current.length; i < grown.length; i++) {
            grown[i] = new AtomicLongArray(CHUNK);
        }
        chunks = grown;
        return grown;
    }
}
