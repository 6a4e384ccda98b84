package dev.invariants.junit.internal.model;

import java.lang.ref.WeakReference;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

/**
 * How each method or constructor invariant's inputs are partitioned ({@link Partitions}), by registry index:
 * written when its member's checks are compiled, read when the report turns class numbers into labels.
 */
public final class InputShapes {

    /**
     * @param names  the parameters followed, in order (at most {@link Partitions#MAX_INPUTS})
     * @param kinds  each one's kind ({@link Partitions#BOOLEAN} ...)
     * @param bounds each one's bounds of {@code pre} (numbers only)
     * @param types  each one's declared type, binary name (enum constants are read from it)
     * @param loader the loader of the woven class, weakly
     */
    public record Shape(String[] names, int[] kinds, double[][] bounds, String[] types, WeakReference<ClassLoader> loader) {

        /** The constants of the {@code i}-th input's enum type, or {@code null} when it cannot be loaded. */
        public String[] constants(int i) {
            ClassLoader classes = loader.get();
            try {
                Object[] values = Class.forName(types[i], false, classes).getEnumConstants();
                if (values == null) {
                    return null;
                }
                String[] names = new String[values.length];
                for (int k = 0; k < values.length; k++) {
                    names[k] = ((Enum<?>) values[k]).name();
                }
                return names;
            } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
                return null;
            }
        }
    }

    private static final Map<Integer, Shape> SHAPES = new ConcurrentHashMap<>();

    private InputShapes() {}

    public static void describe(int invariant, Shape shape) {
        SHAPES.putIfAbsent(invariant, shape);
    }

    /** The shape of the invariant's inputs, or {@code null} when none was compiled. */
    public static Shape of(int invariant) {
        return SHAPES.get(invariant);
    }
}
