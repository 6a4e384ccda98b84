package dev.invariants.junit.internal.model;

import dev.invariants.junit.internal.model.Comparisons;
import dev.invariants.junit.spi.InvariantDefinition;
import dev.invariants.report.Comparison;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every invariant known to this JVM a dense index, so the hot path records by {@code int}
 * and never by string. Both the runtime (when it links a class) and the scanner (the declared set)
 * register definitions; the same declaration ({@link #key}) always gets the same index.
 */
public final class InvariantRegistry {

    private static final Object LOCK = new Object();
    private static final Map<String, Integer> INDEX = new HashMap<>();
    /**
     * Indexes below {@link #size} are taken; the array grows by half when full (copying it at every registration was
     * quadratic: ~2% of compiling 300 classes' checks). An element read without the lock may be {@code null} on a
     * racing thread, which then reads it under the lock; records publish their fields safely.
     */
    private static volatile InvariantDefinition[] definitions = new InvariantDefinition[16];
    private static volatile int size;
    /**
     * Per index, the comparisons of its {@code post} once asked for ({@code null} before): parsing every {@code post}
     * again at registration was ~5% of compiling a class's checks, and only invariants whose comparisons are observed
     * need them. Each wrapped in {@link Edges}, whose final field publishes the array's elements with it.
     */
    private static volatile Edges[] comparisons = new Edges[16];

    private record Edges(Comparison[] all) {}

    private InvariantRegistry() {}

    /**
     * The identity of a declaration: owner and id, and the member for a method or constructor invariant, so
     * that two members of one class declaring the same id (a definition error of both) stay two invariants.
     * Every implementation of an interface's method shares the interface's declaration.
     */
    public static String key(InvariantDefinition definition) {
        return definition.member() == null ? definition.owner() + "#" + definition.id()
                : definition.owner() + "#" + definition.id() + "#" + definition.memberSignature();
    }

    /** The index of the definition, registering it on first sight. */
    public static int register(InvariantDefinition definition) {
        String key = key(definition);
        synchronized (LOCK) {
            Integer known = INDEX.get(key);
            if (known != null) {
                return known;
            }
            int index = size;
            if (index == definitions.length) {
                int capacity = index + (index >> 1);
                comparisons = Arrays.copyOf(comparisons, capacity);
                definitions = Arrays.copyOf(definitions, capacity);
            }
            definitions[index] = definition;
            INDEX.put(key, index);
            size = index + 1;
            return index;
        }
    }

    /** The definition registered under the index. */
    public static InvariantDefinition definition(int index) {
        InvariantDefinition[] all = definitions;
        InvariantDefinition known = index < all.length ? all[index] : null;
        if (known != null) {
            return known;
        }
        synchronized (LOCK) {
            if (index >= size) {
                throw new ArrayIndexOutOfBoundsException("invariant index " + index + " of " + size);
            }
            return definitions[index];
        }
    }

    /** The numeric comparisons of the invariant's {@code post}, as {@link Comparisons#of} lists them. */
    public static Comparison[] comparisons(int index) {
        Edges[] all = comparisons;
        Edges known = index < all.length ? all[index] : null;
        return known != null ? known.all() : parseComparisons(index);
    }

    private static Comparison[] parseComparisons(int index) {
        synchronized (LOCK) {
            if (index >= size) {
                return new Comparison[0];
            }
            Edges[] all = comparisons;
            if (all[index] == null) {
                // Written in place under the lock (registration copies the array under it too); a reader of the racy
                // element sees null (and comes here) or a whole Edges, its final field publishing the array.
                all[index] = new Edges(Comparisons.of(definitions[index].post()).toArray(Comparison[]::new));
            }
            return all[index].all();
        }
    }

    /** How many invariants are registered; indexes run from 0 below it. */
    public static int size() {
        return size;
    }

    /** Every registered definition, in index order. */
    public static List<InvariantDefinition> all() {
        synchronized (LOCK) {
            return new ArrayList<>(Arrays.asList(definitions).subList(0, size));
        }
    }
}
