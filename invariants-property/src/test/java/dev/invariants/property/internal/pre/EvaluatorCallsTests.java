package dev.invariants.property.internal.pre;

import static dev.invariants.property.internal.pre.ParsedPreconditionTests.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Method calls in the bound of a comparison: which methods the generator may call while it draws an argument,
 * and what it does when it may not (the comparison is then left to filtering).
 */
class EvaluatorCallsTests {

    /** A receiver with a public method, a private one, and one that throws. */
    static final class Box {
        private final int size;

        Box(int size) {
            this.size = size;
        }

        public int capacity() {
            return size * 2;
        }

        @SuppressWarnings("unused") // called reflectively, or refused, by the evaluator
        private int secret() {
            return 99;
        }

        public int broken() {
            throw new IllegalStateException("no capacity yet");
        }
    }

    @SuppressWarnings("unused") // a private helper of the class whose invariant is being generated for
    private static int bonus() {
        return 4;
    }

    private static Object bound(String pre, Object receiver, Map<String, Object> values) {
        Constraint constraint = only(PreconditionAnalyzer.analyze(pre, List.of("n"), List.of(int.class)));
        return new Evaluator(EvaluatorCallsTests.class, receiver, values).evaluate(constraint.bound());
    }

    @Test
    @DisplayName("should call a public method of the receiver")
    void receiverMethod() {
        assertThat(bound("n < this.capacity()", new Box(3), Map.of())).isEqualTo(6);
    }

    @Test
    @DisplayName("should call a static JDK method, picking the overload its boxed arguments fit")
    void staticOverload() {
        Object max = bound("n <= Math.max(a, 3)", null, Map.of("a", 5));
        Object longMax = bound("n <= Math.max(a, 3L)", null, Map.of("a", 5L));

        assertThat(max).isEqualTo(5);
        assertThat(longMax).isEqualTo(5L);
    }

    @Test
    @DisplayName("should call a private method of the class the invariant is declared in, without a receiver")
    void privateHelperOfTheOwner() {
        assertThat(bound("n < bonus()", null, Map.of())).isEqualTo(bonus());
    }

    @Test
    @DisplayName("should refuse a private method of another class, an instance method called statically, and say which")
    void refused() {
        assertThatThrownBy(() -> bound("n < this.secret()", new Box(1), Map.of()))
                .isInstanceOf(Evaluator.Unsupported.class).hasMessage("no method secret on " + Box.class.getName());
        assertThatThrownBy(() -> bound("n < Box.capacity()", null, Map.of()))
                .isInstanceOf(Evaluator.Unsupported.class).hasMessage("no method capacity on " + Box.class.getName());
    }

    @Test
    @DisplayName("should turn an exception from the called method into a reason to filter")
    void throwing() {
        assertThatThrownBy(() -> bound("n < this.broken()", new Box(1), Map.of()))
                .isInstanceOf(Evaluator.Unsupported.class).hasMessageStartingWith("calling broken failed: ")
                .hasMessageContaining("no capacity yet");
    }

    @Test
    @DisplayName("should find no method for a null where a primitive is expected")
    void nullArgument() {
        Map<String, Object> values = new HashMap<>();
        values.put("a", null);

        assertThatThrownBy(() -> bound("n < Math.abs(a)", null, values))
                .isInstanceOf(Evaluator.Unsupported.class).hasMessage("no method abs on java.lang.Math");
    }

    @Test
    @DisplayName("should match arguments loosely: a box fits its primitive, null fits a reference, counts must agree")
    void arguments() {
        assertThat(Arguments.accepts(new Class<?>[] {int.class, String.class}, new Object[] {5, null})).isTrue();
        assertThat(Arguments.accepts(new Class<?>[] {Object.class}, new Object[] {"x"})).isTrue();
        assertThat(Arguments.accepts(new Class<?>[] {long.class}, new Object[] {5})).isFalse();
        assertThat(Arguments.accepts(new Class<?>[] {int.class}, new Object[] {null})).isFalse();
        assertThat(Arguments.accepts(new Class<?>[] {int.class}, new Object[] {5, 6})).isFalse();
        assertThat(Arguments.accepts(new Class<?>[] {int.class, int.class}, new Object[] {5, "6"})).isFalse();
    }
}
