package dev.invariants.property.internal.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.invariants.property.internal.engine.Rejection;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Doubles and floats: the special values first, then whole parts with fractions, inside any bounds. */
class FloatingTests {

    private static List<Double> doubles(Bounds bounds, int tries) {
        return GeneratorTests.values(double.class, bounds, tries).stream().map(Double.class::cast).toList();
    }

    @Test
    @DisplayName("an unbounded double starts with zeroes, ones, a half, the extremes, the infinities and NaN")
    void specials() {
        assertThat(doubles(Bounds.NONE, 12)).containsExactly(0.0, -0.0, 1.0, -1.0, 0.5, Double.MIN_VALUE, -Double.MIN_VALUE,
                Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN);
    }

    @Test
    @DisplayName("a float's extremes are float's, not double's")
    void floats() {
        List<Object> values = GeneratorTests.values(float.class, Bounds.NONE, 12);

        assertThat(values).contains(Float.MIN_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE).allMatch(Float.class::isInstance);
    }

    @Test
    @DisplayName("bounds come first with their inner neighbours; an exclusive bound is never produced")
    void bounded() {
        Bounds bounds = Bounds.NONE.withMin(BigDecimal.ZERO, false).withMax(BigDecimal.ONE, true);
        List<Double> values = doubles(bounds, 500);

        assertThat(values.subList(0, 4)).containsExactly(Double.MIN_VALUE, Math.nextUp(Double.MIN_VALUE), 1.0, Math.nextDown(1.0));
        assertThat(values).allMatch(v -> v > 0 && v <= 1);
        assertThat(values).doesNotContain(Double.NaN, Double.POSITIVE_INFINITY);
        assertThat(values.stream().distinct().count()).as("a spread, not only the specials").isGreaterThan(100);
    }

    @Test
    @DisplayName("a range narrower than two is filled by fractions")
    void narrow() {
        Bounds bounds = Bounds.NONE.withMin(new BigDecimal("0.25"), true).withMax(new BigDecimal("0.75"), true);
        List<Double> values = doubles(bounds, 300);

        assertThat(values).allMatch(v -> v >= 0.25 && v <= 0.75);
        assertThat(values).anyMatch(v -> v > 0.3 && v < 0.7);
    }

    @Test
    @DisplayName("the spread reaches both signs, fractions, small and large magnitudes")
    void spread() {
        List<Double> values = doubles(Bounds.NONE, 2_000).subList(40, 2_000);

        assertThat(values).anyMatch(v -> v < -1 && v != Math.rint(v)).anyMatch(v -> v > 1 && v != Math.rint(v));
        assertThat(values).anyMatch(v -> Math.abs(v) > 1e9).anyMatch(v -> Math.abs(v) < 10 && v != 0);
    }

    @Test
    @DisplayName("an empty range rejects the try, naming the range")
    void empty() {
        Bounds bounds = Bounds.NONE.withMin(BigDecimal.ONE, false).withMax(BigDecimal.ONE, true);

        assertThatThrownBy(() -> doubles(bounds, 1)).isInstanceOf(Rejection.class).hasMessageContaining("empty range");
    }
}
