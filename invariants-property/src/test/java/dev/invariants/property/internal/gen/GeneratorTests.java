package dev.invariants.property.internal.gen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.property.internal.engine.ChoiceRecorder;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The values the first tries produce: edge cases first, then a spread, for every built-in type. */
class GeneratorTests {
    record Point(int x, int y) {
    }

    public static final class Box {
        final Point corner;

        public Box(Point corner) {
            this.corner = corner;
        }
    }

    static List<Object> values(Type type, Bounds bounds, int tries) {
        TypeGenerators generators = new TypeGenerators(Map.of(), List.of());
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < tries; i++) {
            ChoiceRecorder source = ChoiceRecorder.generating(new SplittableRandom(i), i < 40 ? i : -1, 0.1);
            values.add(generators.generate(source, type, bounds, 0));
        }
        return values;
    }

    @Test
    @DisplayName("should produce the bounds of int and their neighbours first")
    void integers() {
        assertThat(values(int.class, Bounds.NONE, 7)).containsExactly(Integer.MIN_VALUE, Integer.MIN_VALUE + 1,
                Integer.MAX_VALUE, Integer.MAX_VALUE - 1, 0, 1, -1);
    }

    @Test
    @DisplayName("should keep most ints nothing in pre bounds small, reaching the whole range now and then")
    void smallIntegers() {
        List<Long> free = values(int.class, Bounds.NONE.withNonNull(), 1000).subList(40, 1000).stream()
                .map(v -> Math.abs((long) (int) v)).toList();

        assertThat(free).filteredOn(v -> v <= 1000).hasSizeGreaterThan(800);
        assertThat(free).anyMatch(v -> v > 1_000_000);
        // a range pre sets is not narrowed: most values lie beyond the first thousand
        Bounds bounded = Bounds.NONE.withNonNull().withMin(BigDecimal.ZERO, true).withMax(new BigDecimal(1_000_000_000), true);
        assertThat(values(int.class, bounded, 1000).subList(40, 1000)).filteredOn(v -> (int) v > 1000).hasSizeGreaterThan(500);
    }

    @Test
    @DisplayName("should produce the strings that break code: empty, blank, NUL, surrogate pairs, very long, injections")
    void strings() {
        List<String> strings = values(String.class, Bounds.NONE.withNonNull(), 300).stream().map(String.class::cast).toList();

        assertThat(strings).contains("", " ", "\0", "\ud83d\ude00", "' OR '1'='1", "a".repeat(10_000));
        assertThat(strings).anyMatch(s -> s.codePoints().anyMatch(c -> c > 0xFFFF && !s.equals("\ud83d\ude00")));
        assertThat(strings).anyMatch(s -> s.chars().anyMatch(c -> c < 0x20) && !s.isBlank());
    }

    @Test
    @DisplayName("should keep values inside the bounds the precondition sets, the bounds themselves first")
    void bounded() {
        Bounds bounds = Bounds.NONE.withNonNull().withMin(new BigDecimal("0"), false).withMax(new BigDecimal("9.99"), true);
        List<Object> values = values(BigDecimal.class, bounds, 500);

        assertThat(values).allMatch(v -> ((BigDecimal) v).signum() > 0 && ((BigDecimal) v).compareTo(new BigDecimal("9.99")) <= 0);
        // the exclusive lower bound 0 at the bounds' scale (2) gives 0.01 and 0.02; the upper bound 9.99 and 9.98
        assertThat(values.subList(0, 4)).containsExactly(new BigDecimal("0.01"), new BigDecimal("0.02"),
                new BigDecimal("9.99"), new BigDecimal("9.98"));
    }

    @Test
    @DisplayName("should build records, classes, collections, optionals, dates and nulls")
    void structured() throws Exception {
        assertThat(values(Box.class, Bounds.NONE.withNonNull(), 50)).allMatch(Box.class::isInstance)
                .anyMatch(box -> ((Box) box).corner != null);
        Type listOfPoints = GeneratorTests.class.getDeclaredMethod("points").getGenericReturnType();
        assertThat(values(listOfPoints, Bounds.NONE.withNonNull(), 100))
                .anyMatch(list -> ((List<?>) list).isEmpty()).anyMatch(list -> ((List<?>) list).size() > 2)
                .allMatch(list -> ((List<?>) list).stream().allMatch(Point.class::isInstance));
        assertThat(values(Optional.class, Bounds.NONE.withNonNull(), 50)).contains(Optional.empty());
        assertThat(values(LocalDate.class, Bounds.NONE.withNonNull(), 40)).contains(LocalDate.of(2000, 2, 29), LocalDate.MAX);
        assertThat(values(Integer.class, Bounds.NONE, 200)).containsNull();
        assertThat(values(Integer.class, Bounds.NONE.withNonNull(), 200)).doesNotContainNull();
    }

    static List<Point> points() {
        return List.of();
    }
}
