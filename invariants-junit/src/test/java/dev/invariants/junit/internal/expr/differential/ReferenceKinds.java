package dev.invariants.junit.internal.expr.differential;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/** The {@link Kind}s of strings, records, collections and the other reference types of the contexts. */
final class ReferenceKinds {

    private static final String LETTERS = "abcxAB ,0-9\u00df";
    private static final String[] KEYS = {"a", "b", "abc", "", "x", "hi"};

    private ReferenceKinds() {}

    static Kind strings() {
        return fresh(List.of(() -> "", () -> "a", () -> "abc", () -> "ABC", () -> " padded ", () -> "a,b,c", () -> "null",
            () -> null, () -> "127", () -> "-5", () -> "hello world", () -> "\u00df", () -> "\u65e5\u672c", () -> "x",
            () -> "\t", () -> new String("abc"), () -> "Abc", () -> "0", () -> "\u0130", () -> "a\nb", () -> "12345678901",
            () -> "hi"), List.of(new int[] {2, 2}, new int[] {2, 15}, new int[] {7, 7}, new int[] {0, 0}, new int[] {1, 2},
            new int[] {2, 1}, new int[] {7, 1}, new int[] {1, 7}, new int[] {3, 2}, new int[] {10, -1}),
            (random, purse) -> random.nextInt(12) == 0 ? null : word(random));
    }

    static Kind decimals() {
        List<Supplier<Object>> edges = new ArrayList<>();
        for (String text : new String[] {"0", "1", "-1", "1.50", "1.5", "0.00", "-0.001", "123456789.123456789", "1E+3",
            "10", "2", "3", "0.1", "-12.345", "1E-10", "99999999999999999999"}) {
            edges.add(() -> new BigDecimal(text));
        }
        edges.add(() -> null);
        return fresh(edges, List.of(new int[] {3, 4}, new int[] {1, 0}, new int[] {0, 5}, new int[] {1, 11},
            new int[] {10, 11}, new int[] {7, 7}, new int[] {2, 2}), (random, purse) -> random.nextInt(16) == 0 ? null
                : BigDecimal.valueOf(random.nextInt(20001) - 10000, random.nextInt(5)));
    }

    static Kind lines() {
        return fresh(List.of(() -> null, () -> new Line("A-1", 100, 2), () -> new Line("", 0, 0),
            () -> new Line(null, -1, -5), () -> new Line("B-2", Long.MAX_VALUE, 2), () -> new Line("C-3", 99, 1),
            () -> new Line("A-1", 100, 2), () -> new Line("Z", Long.MIN_VALUE, -1), () -> new Line("cheap", 5, 10)),
            List.of(new int[] {1, 6}, new int[] {1, -1}, new int[] {0, 0}, new int[] {1, 0}, new int[] {4, 5}),
            (random, purse) -> randomLine(random));
    }

    static Kind lineLists() {
        return fresh(List.of(ArrayList::new, () -> mutable(new Line("A-1", 100, 2)),
            () -> mutable(new Line("A-1", 100, 2), new Line("B-2", 250, 3), new Line("C-3", 99, 1)),
            () -> mutable(new Line("cheap", 5, 10), new Line("cheap", 5, 10)), () -> mutable((Line) null),
            () -> mutable(new Line("A-1", 100, 2), new Line("", 0, 0)), () -> List.of(new Line("A-1", 100, 2),
            new Line("C-3", 99, 1)), () -> mutable(new Line("big", Long.MAX_VALUE, 1), new Line("big", 1, 1))),
            List.of(), (random, purse) -> {
                List<Line> lines = new ArrayList<>();
                for (int i = random.nextInt(6); i > 0; i--) {
                    lines.add(new Line(word(random), random.nextInt(1000) - 100, random.nextInt(12)));
                }
                return lines;
            });
    }

    static Kind integerLists() {
        return fresh(List.of(ArrayList::new, () -> mutable(1), () -> mutable(1, 2, 3), () -> mutable(128, 128),
            () -> mutable((Integer) null), () -> mutable(-1, Integer.MIN_VALUE, Integer.MAX_VALUE), () -> mutable(3, 1, 2),
            () -> mutable(5, 5, 5, 5), () -> List.of(1, 2), () -> mutable(0), () -> mutable(127, 128, -129)), List.of(),
            (random, purse) -> {
                List<Integer> xs = new ArrayList<>();
                for (int i = random.nextInt(7); i > 0; i--) {
                    xs.add(random.nextInt(20) == 0 ? null : Integer.valueOf(random.nextInt(304) - 3));
                }
                return xs;
            });
    }

    static Kind maps() {
        return fresh(List.of(HashMap::new, () -> map("a", 1), () -> map("a", 1, "b", 128, "", 0), () -> map("n", null),
            () -> map("a", -1, "abc", Integer.MAX_VALUE), () -> Map.of("x", 5), () -> map("hi", 2, "null", 3),
            () -> map("a", 128, "b", 128)), List.of(), (random, purse) -> {
                Map<String, Integer> map = new HashMap<>();
                for (int i = random.nextInt(5); i > 0; i--) {
                    map.put(KEYS[random.nextInt(KEYS.length)], random.nextInt(15) == 0 ? null : random.nextInt(300) - 50);
                }
                return map;
            });
    }

    static Kind stringSets() {
        return fresh(List.of(HashSet::new, () -> new HashSet<>(List.of("a")), () -> new HashSet<>(List.of("a", "b", "")),
            () -> new HashSet<>(List.of("abc", "hello world")), () -> Set.of("x"), () -> new HashSet<>(Arrays.asList(
            "a", null))), List.of(), (random, purse) -> {
                Set<String> set = new HashSet<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    set.add(KEYS[random.nextInt(KEYS.length)]);
                }
                return set;
            });
    }

    static Kind optionals() {
        return fresh(List.of(Optional::empty, () -> Optional.of(""), () -> Optional.of("x"), () -> Optional.of(" y "),
            () -> Optional.of("abc"), () -> Optional.of("hello world"), () -> null, () -> Optional.of("hi")), List.of(),
            (random, purse) -> random.nextInt(3) == 0 ? Optional.empty() : Optional.of(word(random)));
    }

    static Kind intArrays() {
        return fresh(List.of(() -> null, () -> new int[0], () -> new int[] {1}, () -> new int[] {1, 2, 3},
            () -> new int[] {Integer.MIN_VALUE, Integer.MAX_VALUE}, () -> new int[] {0, 0}, () -> new int[] {-1},
            () -> new int[] {5, 4, 3, 2, 1}), List.of(), (random, purse) -> {
                int[] array = new int[random.nextInt(6)];
                for (int i = 0; i < array.length; i++) {
                    array[i] = NumberKinds.randomInt(random, purse);
                }
                return array;
            });
    }

    static Kind stringArrays() {
        return fresh(List.of(() -> null, () -> new String[0], () -> new String[] {"a"}, () -> new String[] {"a", null},
            () -> new String[] {"abc", "", "x"}), List.of(), (random, purse) -> {
                String[] words = new String[random.nextInt(4)];
                for (int i = 0; i < words.length; i++) {
                    words[i] = word(random);
                }
                return words;
            });
    }

    static Kind grades() {
        List<Function<Class<?>, Object>> edges = new ArrayList<>();
        edges.add(purse -> null);
        for (Grade grade : Grade.values()) {
            edges.add(purse -> grade);
        }
        return new Kind(edges, List.of(new int[] {1, 1}, new int[] {1, 2}, new int[] {3, 1}, new int[] {4, 4},
            new int[] {0, 1}), (random, purse) -> Grade.values()[random.nextInt(Grade.values().length)]);
    }

    /** Purses of the given side's {@link Purse} class; {@code this} is never null, another purse may be. */
    static Kind purses(boolean nullable) {
        List<Function<Class<?>, Object>> edges = new ArrayList<>();
        edges.add(purse -> purse(purse, 0, "ann", mutable(1, 2)));
        edges.add(purse -> purse(purse, 1500, "bob", new ArrayList<>()));
        edges.add(purse -> purse(purse, -5, null, mutable(3)));
        edges.add(purse -> purse(purse, Long.MAX_VALUE, "", mutable(Integer.MAX_VALUE, 1)));
        edges.add(purse -> purse(purse, 100, " ", List.of()));
        edges.add(purse -> purse(purse, 1001, "carl", mutable((Integer) null)));
        if (nullable) {
            edges.add(purse -> null);
        }
        return new Kind(edges, List.of(), (random, purse) -> purse(purse, NumberKinds.randomLong(random), word(random),
            mutable(random.nextInt(200), random.nextInt(5))));
    }

    private static Object purse(Class<?> type, long balance, String owner, List<Integer> history) {
        try {
            return type.getConstructor(long.class, String.class, List.class).newInstance(balance, owner, history);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + type + " (" + type.getClassLoader() + ")", e);
        }
    }

    private static Line randomLine(Random random) {
        if (random.nextInt(10) == 0) {
            return null;
        }
        return new Line(random.nextInt(10) == 0 ? null : word(random), NumberKinds.randomLong(random),
            NumberKinds.randomInt(random, null));
    }

    static String word(Random random) {
        char[] chars = new char[random.nextInt(7)];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = LETTERS.charAt(random.nextInt(LETTERS.length()));
        }
        return new String(chars);
    }

    @SafeVarargs
    private static <T> List<T> mutable(T... items) {
        return new ArrayList<>(Arrays.asList(items));
    }

    private static Map<String, Integer> map(Object... keysAndValues) {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (Integer) keysAndValues[i + 1]);
        }
        return map;
    }

    private static Kind fresh(List<Supplier<Object>> suppliers, List<int[]> pairs, Kind.RandomValue random) {
        List<Function<Class<?>, Object>> edges = new ArrayList<>();
        for (Supplier<Object> supplier : suppliers) {
            edges.add(purse -> supplier.get());
        }
        return new Kind(edges, pairs, random);
    }
}
