package dev.invariants.junit.internal.expr.differential;

import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * The values one parameter type takes: edge values first, then random ones. Reference values are
 * made afresh for every tuple, so that neither compiler sees what the other's evaluation touched, and
 * the same way on both sides, so that identity comparisons ({@code ==} on strings, boxes, records)
 * mean the same thing.
 *
 * @param edges  the edge values; each makes its value given the side's copy of {@link Purse}
 * @param pairs  index pairs into {@code edges} for the first two parameters of this type in one tuple
 *               ({@code MIN_VALUE / -1} needs both); a second index of {@code -1} means the very same
 *               object as the first
 * @param random a random value from the tuple's generator
 */
record Kind(List<Function<Class<?>, Object>> edges, List<int[]> pairs, RandomValue random) {

    /** A random value, given the tuple's generator and the side's {@link Purse}. */
    interface RandomValue {
        Object next(Random random, Class<?> purse);
    }

    Object edge(int index, Class<?> purse) {
        return edges.get(Math.floorMod(index, edges.size())).apply(purse);
    }
}
