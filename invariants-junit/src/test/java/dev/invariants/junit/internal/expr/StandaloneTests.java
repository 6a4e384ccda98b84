package dev.invariants.junit.internal.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.invariants.junit.spi.syntax.ExpressionError;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Standalone")
class StandaloneTests {

    private final StandaloneFixture fixture = new StandaloneFixture(5, List.of("a", "bbb", "cc"), Map.of("x", 3));

    private static Method scale() throws NoSuchMethodException {
        return StandaloneFixture.class.getDeclaredMethod("scale", int.class, String.class, long.class);
    }

    @Test
    @DisplayName("should compile against this, its private field and the parameters by name, boxing the value")
    void instanceMethod() throws Throwable {
        MethodHandle handle = Standalone.compile(scale(), "base * factor + label.length() + big");
        Object value = handle.invoke(fixture, 3, "four", 10L);
        long expected = fixture.baseForTests() * 3 + "four".length() + 10L;
        assertThat(value).isEqualTo(expected);
    }

    @Test
    @DisplayName("should compile lambdas over generic fields, a private helper and a generic map call")
    void genericsAndLambdas() throws Throwable {
        MethodHandle count = Standalone.compile(scale(),
                "items.stream().filter(s -> s.length() >= factor).count()");
        MethodHandle lookup = Standalone.compile(scale(), "counts.getOrDefault(label, 0) + doubled(factor)");
        assertThat(count.invoke(fixture, 2, "", 0L))
                .isEqualTo(fixture.items.stream().filter(s -> s.length() >= 2).count());
        assertThat(lookup.invoke(fixture, 4, "x", 0L))
                .isEqualTo(fixture.counts.getOrDefault("x", 0) + fixture.doubledForTests(4));
        assertThat(lookup.invoke(fixture, 4, "y", 0L))
                .isEqualTo(fixture.counts.getOrDefault("y", 0) + fixture.doubledForTests(4));
    }

    @Test
    @DisplayName("should compile in a static method, throwing what the expression throws")
    void staticMethod() throws Throwable {
        Method ratio = StandaloneFixture.class.getDeclaredMethod("ratio", double.class, int.class);
        MethodHandle quotient = Standalone.compile(ratio, "(int) numerator / denominator");
        assertThat(quotient.invoke(7.9, 2)).isEqualTo((int) 7.9 / 2);
        assertThatThrownBy(() -> quotient.invoke(7.9, 0)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    @DisplayName("should report an expression that does not compile as an ExpressionError")
    void error() {
        assertThatThrownBy(() -> Standalone.compile(scale(), "nosuch + 1")).isInstanceOf(ExpressionError.class);
    }
}
