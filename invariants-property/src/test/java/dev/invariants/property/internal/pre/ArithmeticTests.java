package dev.invariants.property.internal.pre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Bounds such as {@code limit - 1} are evaluated with Java's promotion; what it cannot do, it says. */
class ArithmeticTests {

    @Test
    @DisplayName("whole numbers stay whole, exactly")
    void integral() {
        assertThat(Arithmetic.binary("+", 2, 3L)).isEqualTo(5L);
        assertThat(Arithmetic.binary("-", (short) 2, (byte) 5)).isEqualTo(-3L);
        assertThat(Arithmetic.binary("*", 6, 7)).isEqualTo(42L);
        assertThat(Arithmetic.binary("/", 7, 2)).isEqualTo(3L);
        assertThat(Arithmetic.binary("%", -7, 3)).isEqualTo(-1L);
        assertThat(Arithmetic.binary("+", 'a', 1)).as("a char is promoted to its code").isEqualTo(98L);
    }

    @Test
    @DisplayName("a double on either side makes the operation a double one")
    void floating() {
        assertThat(Arithmetic.binary("+", 1, 0.5)).isEqualTo(1.5);
        assertThat(Arithmetic.binary("-", 1.5, 2)).isEqualTo(-0.5);
        assertThat(Arithmetic.binary("*", 2.5f, 2)).isEqualTo(5.0);
        assertThat(Arithmetic.binary("/", 7.0, 2)).isEqualTo(3.5);
        assertThat(Arithmetic.binary("%", 7.5, 2)).isEqualTo(1.5);
    }

    @Test
    @DisplayName("a string on either side of + concatenates")
    void concatenation() {
        assertThat(Arithmetic.binary("+", "n", 1)).isEqualTo("n1");
        assertThat(Arithmetic.binary("+", 1, "n")).isEqualTo("1n");
    }

    @Test
    @DisplayName("negation, plus and not")
    void unary() {
        assertThat(Arithmetic.unary("-", 5)).isEqualTo(-5L);
        assertThat(Arithmetic.unary("-", 2.5)).isEqualTo(-2.5);
        assertThat(Arithmetic.unary("+", 4)).isEqualTo(4);
        assertThat(Arithmetic.unary("!", true)).isEqualTo(false);
    }

    @Test
    @DisplayName("overflow, division by zero and other values are unsupported, not wrapped or thrown raw")
    void unsupported() {
        assertThatThrownBy(() -> Arithmetic.binary("+", Long.MAX_VALUE, 1)).isInstanceOf(Evaluator.Unsupported.class)
                .hasMessageContaining("overflow");
        assertThatThrownBy(() -> Arithmetic.binary("*", Long.MAX_VALUE, 2)).isInstanceOf(Evaluator.Unsupported.class);
        assertThatThrownBy(() -> Arithmetic.binary("-", Long.MIN_VALUE, 1)).isInstanceOf(Evaluator.Unsupported.class);
        assertThatThrownBy(() -> Arithmetic.binary("/", 1, 0)).isInstanceOf(Evaluator.Unsupported.class)
                .hasMessageContaining("by zero");
        assertThatThrownBy(() -> Arithmetic.unary("-", Long.MIN_VALUE)).isInstanceOf(Evaluator.Unsupported.class);
        assertThatThrownBy(() -> Arithmetic.binary("+", BigDecimal.ONE, 1)).isInstanceOf(Evaluator.Unsupported.class)
                .hasMessageContaining("not a primitive number");
        assertThatThrownBy(() -> Arithmetic.binary("<<", 1, 2)).isInstanceOf(Evaluator.Unsupported.class)
                .hasMessageContaining("operator <<");
        assertThatThrownBy(() -> Arithmetic.binary("<<", 1.0, 2)).isInstanceOf(Evaluator.Unsupported.class);
        assertThatThrownBy(() -> Arithmetic.unary("~", 1)).isInstanceOf(Evaluator.Unsupported.class);
        assertThatThrownBy(() -> Arithmetic.unary("!", 1)).isInstanceOf(Evaluator.Unsupported.class)
                .hasMessageContaining("operator !");
        assertThatThrownBy(() -> Arithmetic.unary("-", "x")).isInstanceOf(Evaluator.Unsupported.class)
                .hasMessageContaining("- on x");
    }
}
