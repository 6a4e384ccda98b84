package dev.invariants.junit.internal.expr.differential;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/** The {@link Kind}s of the primitive types and their boxes. */
final class NumberKinds {

    private NumberKinds() {}

    static final int[] INTS = {0, 1, -1, 2, -2, 3, 7, -7, 10, 31, 32, 33, 63, 64, 65, 100, -100, 127, 128, -128, -129, 255,
        1000, 46341, 65535, 65536, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE - 1, Integer.MIN_VALUE + 1};

    static final long[] LONGS = {0, 1, -1, 2, -2, 7, -7, 10, 31, 32, 63, 64, 65, 100, 127, 128, -128, 1000,
        Integer.MAX_VALUE, Integer.MIN_VALUE, 1L << 31, -(1L << 31) - 1, 1L << 32, 3037000500L, Long.MAX_VALUE, Long.MIN_VALUE,
        Long.MAX_VALUE - 1, Long.MIN_VALUE + 1};

    static final double[] DOUBLES = {0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.5, -2.5, 3.0, 0.1, 0.2, Double.NaN,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE,
        Double.MIN_NORMAL, 1e20, -1e20, 2147483647.5, 2147483648.0, -2147483649.0, 9.223372036854776E18, 1e-300, 100.0,
        123456.789, -7.0, 2.0};

    static final float[] FLOATS = {0f, -0f, 1f, -1f, 0.5f, -0.5f, 1.5f, 2.5f, 0.1f, Float.NaN, Float.POSITIVE_INFINITY,
        Float.NEGATIVE_INFINITY, Float.MIN_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, 1e10f, 16777216f, 16777217f, 3f, -7f,
        2.14748365E9f, 100f};

    static final char[] CHARS = {'a', 'z', 'A', 'Z', '0', '9', ' ', '\0', '\n', '\t', '\uffff', '\u007f', '\u0080', '\u00e9',
        '\u00df', '\u00ff', '\u0100', '_', '$', '-', '\u0130', '\ud800', 'x', '#'};

    static Kind ints() {
        return primitive(boxes(INTS), pairs(INTS, new long[][] {{Integer.MIN_VALUE, -1}, {Integer.MIN_VALUE, 1},
            {Integer.MAX_VALUE, 1}, {Integer.MAX_VALUE, Integer.MAX_VALUE}, {Integer.MIN_VALUE, Integer.MIN_VALUE}, {7, 0},
            {0, 0}, {-7, 2}, {7, -2}, {-7, -2}, {1, 31}, {1, 32}, {1, 33}, {-1, 63}, {-1, -1}, {46341, 46341}, {128, 128},
            {127, 127}, {Integer.MAX_VALUE, -1}, {-128, -129}, {0, Integer.MIN_VALUE}, {65535, 65536}, {-1, 1}, {10, 3}}),
            NumberKinds::randomInt);
    }

    static Kind longs() {
        List<Object> values = new ArrayList<>();
        for (long value : LONGS) {
            values.add(value);
        }
        return primitive(values, pairs(LONGS, new long[][] {{Long.MIN_VALUE, -1}, {Long.MAX_VALUE, 1},
            {Long.MIN_VALUE, Long.MIN_VALUE}, {7, 0}, {0, 0}, {-7, 2}, {7, -2}, {1, 63}, {1, 64}, {1, 65}, {-1, 31},
            {-1, 32}, {3037000500L, 3037000500L}, {Integer.MAX_VALUE, 1}, {Integer.MIN_VALUE, -1}, {128, 128}, {127, 127},
            {-1, -1}, {1L << 32, 1L << 31}}), (random, purse) -> randomLong(random));
    }

    static Kind doubles() {
        List<Object> values = new ArrayList<>();
        for (double value : DOUBLES) {
            values.add(value);
        }
        return primitive(values, pairs(DOUBLES, new double[][] {{0.0, -0.0}, {-0.0, 0.0}, {Double.NaN, Double.NaN},
            {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY}, {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY},
            {1.0, 0.0}, {-1.0, 0.0}, {0.0, 0.0}, {1.0, -0.0}, {Double.NaN, 1.0}, {1.0, Double.NaN}, {0.1, 0.2},
            {Double.MAX_VALUE, Double.MAX_VALUE}, {2.5, -0.5}, {-7.0, 2.0}, {-0.0, -0.0}}),
            (random, purse) -> randomDouble(random));
    }

    static Kind floats() {
        List<Object> values = new ArrayList<>();
        for (float value : FLOATS) {
            values.add(value);
        }
        return primitive(values, List.of(new int[] {0, 1}, new int[] {9, 9}, new int[] {10, 11}, new int[] {2, 0},
            new int[] {16, 17}, new int[] {8, 8}), (random, purse) -> (float) randomDouble(random));
    }

    static Kind chars() {
        List<Object> values = new ArrayList<>();
        for (char value : CHARS) {
            values.add(value);
        }
        return primitive(values, List.of(new int[] {0, 0}, new int[] {0, 2}, new int[] {4, 5}, new int[] {10, 7},
            new int[] {7, 10}, new int[] {6, 6}), (random, purse) -> random.nextInt(3) == 0
                ? (char) random.nextInt(Character.MAX_VALUE + 1) : (char) (' ' + random.nextInt(95)));
    }

    static Kind bytes() {
        return primitive(List.of((byte) 0, (byte) 1, (byte) -1, Byte.MAX_VALUE, Byte.MIN_VALUE, (byte) 64, (byte) -64,
            (byte) 100), List.of(), (random, purse) -> (byte) random.nextInt());
    }

    static Kind shorts() {
        return primitive(List.of((short) 0, (short) 1, (short) -1, Short.MAX_VALUE, Short.MIN_VALUE, (short) 255,
            (short) 256, (short) -256, (short) 1000), List.of(), (random, purse) -> (short) random.nextInt());
    }

    static Kind booleans() {
        return primitive(List.of(false, true), List.of(new int[] {0, 0}, new int[] {0, 1}, new int[] {1, 0},
            new int[] {1, 1}), (random, purse) -> random.nextBoolean());
    }

    /** {@code Integer}s made by {@code valueOf}, as boxing makes them: 128 is a new box every time, 127 is not. */
    static Kind integers() {
        List<Function<Class<?>, Object>> edges = new ArrayList<>();
        edges.add(purse -> null);
        for (int value : new int[] {0, 1, -1, 127, 128, -128, -129, 1000, Integer.MAX_VALUE, Integer.MIN_VALUE, 42}) {
            edges.add(purse -> Integer.valueOf(value));
        }
        return new Kind(edges, List.of(new int[] {4, 4}, new int[] {5, 5}, new int[] {0, 0}, new int[] {1, 0},
            new int[] {0, 1}, new int[] {6, 6}, new int[] {7, 7}, new int[] {8, 8}, new int[] {5, -1}, new int[] {2, 11}),
            (random, purse) -> random.nextInt(8) == 0 ? null : Integer.valueOf(random.nextInt(600) - 300));
    }

    static Kind boxedLongs() {
        List<Function<Class<?>, Object>> edges = new ArrayList<>();
        edges.add(purse -> null);
        for (long value : new long[] {0, 1, -1, 127, 128, Long.MAX_VALUE, Long.MIN_VALUE, 42, Integer.MAX_VALUE + 1L}) {
            edges.add(purse -> Long.valueOf(value));
        }
        return new Kind(edges, List.of(), (random, purse) -> random.nextInt(8) == 0 ? null : randomLong(random));
    }

    static Kind boxedDoubles() {
        return primitive(java.util.Arrays.asList(null, 0.0, -0.0, Double.NaN, 1.5, -1.0, Double.POSITIVE_INFINITY, 128.0),
            List.of(), (random, purse) -> random.nextInt(8) == 0 ? null : randomDouble(random));
    }

    static int randomInt(Random random, Class<?> purse) {
        switch (random.nextInt(4)) {
            case 0: return random.nextInt();
            case 1: return random.nextInt(21) - 10;
            case 2: return random.nextInt(2001) - 1000;
            default: return INTS[random.nextInt(INTS.length)];
        }
    }

    static long randomLong(Random random) {
        switch (random.nextInt(4)) {
            case 0: return random.nextLong();
            case 1: return random.nextInt(21) - 10;
            case 2: return random.nextInt();
            default: return LONGS[random.nextInt(LONGS.length)];
        }
    }

    static double randomDouble(Random random) {
        switch (random.nextInt(4)) {
            case 0: return random.nextDouble() * 2000 - 1000;
            case 1: return Double.longBitsToDouble(random.nextLong());
            case 2: return (random.nextInt(21) - 10) / 2.0;
            default: return DOUBLES[random.nextInt(DOUBLES.length)];
        }
    }

    private static List<Object> boxes(int[] values) {
        List<Object> boxes = new ArrayList<>();
        for (int value : values) {
            boxes.add(value);
        }
        return boxes;
    }

    private static Kind primitive(List<?> values, List<int[]> pairs, Kind.RandomValue random) {
        List<Function<Class<?>, Object>> edges = new ArrayList<>();
        for (Object value : values) {
            edges.add(purse -> value);
        }
        return new Kind(edges, pairs, random);
    }

    private static List<int[]> pairs(int[] values, long[][] wanted) {
        long[] widened = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            widened[i] = values[i];
        }
        return pairs(widened, wanted);
    }

    private static List<int[]> pairs(long[] values, long[][] wanted) {
        List<int[]> pairs = new ArrayList<>();
        for (long[] pair : wanted) {
            pairs.add(new int[] {indexOf(values, pair[0]), indexOf(values, pair[1])});
        }
        return pairs;
    }

    private static List<int[]> pairs(double[] values, double[][] wanted) {
        List<int[]> pairs = new ArrayList<>();
        for (double[] pair : wanted) {
            pairs.add(new int[] {indexOf(values, pair[0]), indexOf(values, pair[1])});
        }
        return pairs;
    }

    private static int indexOf(long[] values, long wanted) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == wanted) {
                return i;
            }
        }
        throw new IllegalArgumentException("no edge value " + wanted);
    }

    private static int indexOf(double[] values, double wanted) {
        for (int i = 0; i < values.length; i++) {
            if (Double.doubleToLongBits(values[i]) == Double.doubleToLongBits(wanted)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no edge value " + wanted);
    }
}
