package dev.invariants.junit.internal.ledger;

import dev.invariants.junit.internal.model.Partitions;
import java.util.Arrays;
import java.util.Map;

/**
 * One thread's pairs of input classes per invariant: for each pair of inputs {@code (i, j)}, 256 bits
 * ({@code 16 x 16} classes) for calls with {@code pre} held and 256 for calls with it false. At most
 * 28 pairs (8 inputs): 1,792 bytes per invariant that was called, per thread. Written by its own thread only.
 */
public final class Pairs {

    /** Longs per pair of inputs and per outcome of {@code pre}. */
    static final int WORDS = Partitions.CLASSES * Partitions.CLASSES / 64;

    private long[][] bits = new long[0][];

    void record(int invariant, long packed, int arity, boolean held) {
        if (invariant >= bits.length) {
            grow(invariant);
        }
        long[] mine = bits[invariant];
        if (mine == null) {
            mine = bits[invariant] = new long[2 * size(arity) * WORDS];
        }
        int base = held ? 0 : size(arity) * WORDS;
        int pair = 0;
        for (int i = 0; i < arity; i++) {
            int a = (int) (packed >>> (4 * i)) & 15;
            for (int j = i + 1; j < arity; j++) {
                int bit = a * Partitions.CLASSES + ((int) (packed >>> (4 * j)) & 15);
                mine[base + pair * WORDS + (bit >>> 6)] |= 1L << bit;
                pair++;
            }
        }
    }

    /** The number of pairs of {@code arity} inputs. */
    static int size(int arity) {
        return arity * (arity - 1) / 2;
    }

    synchronized void into(Map<Integer, long[]> union) {
        for (int invariant = 0; invariant < bits.length; invariant++) {
            long[] mine = bits[invariant];
            if (mine != null) {
                union.merge(invariant, mine.clone(), Pairs::or);
            }
        }
    }

    private static long[] or(long[] a, long[] b) {
        long[] result = a.length >= b.length ? a : b;
        long[] other = result == a ? b : a;
        for (int k = 0; k < other.length; k++) {
            result[k] |= other[k];
        }
        return result;
    }

    private synchronized void grow(int invariant) {
        bits = Arrays.copyOf(bits, Math.max(invariant + 1, bits.length * 2));
    }
}
