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
    private static volatile InvariantDefinition[] definitions = new InvariantDefinition[0];
    private static volatile Comparison[][] comparisons = new Comparison[0][];

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
            InvariantDefinition[] current = definitions;
            InvariantDefinition[] grown = Arrays.copyOf(current, current.length + 1);
            grown[current.length] = definition;
            Comparison[][] grownComparisons = Arrays.copyOf(comparisons, current.length + 1);
            grownComparisons[current.length] = Comparisons.of(definition.post()).toArray(Comparison[]::new);
            comparisons = grownComparisons;
            definitions = grown;
            INDEX.put(key, current.length);
            return current.length;
        }
    }

    /** The definition registered under the index. */
    public static InvariantDefinition definition(int index) {
        return definitions[index];
    }

    /** The numeric comparisons of the invariant's {@code post}, as {@link Comparisons#of} lists them. */
    public static Comparison[] comparisons(int index) {
        Comparison[][] all = comparisons;
        return index < all.length ? all[index] : new Comparison[0];
    }

    /** How many invariants are registered; indexes run from 0 below it. */
    public static int size() {
        return definitions.length;
    }

    /** Every registered definition, in index order. */
    public static List<InvariantDefinition> all() {
        return new ArrayList<>(List.of(definitions));
    }
}
