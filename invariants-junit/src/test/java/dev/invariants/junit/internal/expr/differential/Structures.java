package dev.invariants.junit.internal.expr.differential;

// Wildcards on purpose: the contract resolves java.util, java.math and java.time without imports, and javac
// sees what ours sees only when this source imports them.
import java.math.*;
import java.time.*;
import java.util.*;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Static contexts over records, enums, big decimals, arrays, collections and optionals. Recompiled by
 * the javac side like {@link Scalars}; {@link #referenced} names the types its imports bring, so that
 * they are in this class's constant pool as well as in its source.
 */
public final class Structures {

    static final List<String> CODES = List.of("A", "B", "C");

    private Structures() {}

    private static long totalOf(List<Line> lines) {
        return lines.stream().mapToLong(Line::total).sum();
    }

    private static <T> T firstOr(List<T> items, T fallback) {
        return items.isEmpty() ? fallback : items.get(0);
    }

    private static boolean cheap(Line line) {
        return line.cents() < 100;
    }

    static Object referenced() {
        return List.of(BigDecimal.ZERO, RoundingMode.HALF_UP, new ArrayList<>(), Arrays.asList(), Collections.emptyList(),
                Comparator.naturalOrder(), Function.identity(), Collectors.toList(), IntStream.empty(), LongStream.empty(),
                Stream.empty(), Optional.empty(), Map.of(), Set.of());
    }

    public static void decimals(BigDecimal a, BigDecimal b, int n) {}

    public static void records(Line line, Line other, long limit) {}

    public static void lists(List<Line> lines, List<Integer> xs, int n) {}

    public static void maps(Map<String, Integer> m, String k, Set<String> set) {}

    public static void optionals(Optional<String> opt, String s, Integer i) {}

    public static void arrays(int[] arr, int i, String[] words) {}

    public static void enums(Grade g, Grade h, String name) {}

    /** The generator's context: one variable of every type its grammar produces. */
    public static void gen(int i, int j, long n, double d, char c, boolean p, String s, String t, BigDecimal m,
            Line line, List<Line> lines, List<Integer> xs, Map<String, Integer> map, Optional<String> opt) {}
}
