package dev.invariants.property.internal.pre;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.property.internal.gen.Bounds;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The forms of Java the precondition analysis reads through the runtime's parser: each constraint's text as
 * written, and the value its bound evaluates to, computed here by plain Java.
 */
class ParsedPreconditionTests {

    static final class Limits {
        static final int MAX = 7;

        static final class Inner {
            static final long DEEP = 9;
        }
    }

    static final class Range {
        final int high;

        Range(int high) {
            this.high = high;
        }
    }

    /** A receiver: its fields are what {@code this.limit} and {@code range.high} read. */
    static final class Account {
        final int limit;
        final Range range;

        Account(int limit, Range range) {
            this.limit = limit;
            this.range = range;
        }
    }

    static Constraint only(Domain domain) {
        List<Constraint> constraints = domain.alternatives().get(0).constraints();
        assertThat(constraints).hasSize(1);
        return constraints.get(0);
    }

    static Object value(Constraint constraint, Object receiver, Map<String, Object> values) {
        return new Evaluator(ParsedPreconditionTests.class, receiver, values).evaluate(constraint.bound());
    }

    static Object value(Constraint constraint) {
        return value(constraint, null, Map.of());
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }

    @Nested
    @DisplayName("should read literals")
    class Literals {

        @Test
        @DisplayName("negative ones, the int and long minimums included")
        void negative() {
            Constraint five = only(PreconditionAnalyzer.analyze("x >= -5", List.of("x"), List.of(int.class)));
            Constraint intMin = only(PreconditionAnalyzer.analyze("x > -2147483648", List.of("x"), List.of(int.class)));
            Constraint longMin = only(PreconditionAnalyzer.analyze("y > -9223372036854775808L", List.of("y"), List.of(long.class)));

            assertThat(five).hasToString("x >= -5");
            assertThat(number(value(five))).isEqualTo(-5L);
            assertThat(number(value(intMin))).isEqualTo((long) Integer.MIN_VALUE);
            assertThat(number(value(longMin))).isEqualTo(Long.MIN_VALUE);
        }

        @Test
        @DisplayName("a negative constant compared with signum()")
        void negativeSign() {
            // signum() > -1 holds for the signs 0 and 1: the value is at least zero
            Domain domain = PreconditionAnalyzer.analyze("amount.signum() > -1", List.of("amount"), List.of(BigDecimal.class));

            assertThat(PreconditionAnalyzerTests.constraints(domain, 0)).containsExactly("amount != null", "amount >= 0");
        }

        @Test
        @DisplayName("char, long, hexadecimal, underscored and escaped ones, with their values")
        void kinds() {
            Domain domain = PreconditionAnalyzer.analyze("c >= 'a' && c != '\\n' && n < 10L && m <= 0x10 && k < 1_000",
                    List.of("c", "n", "m", "k"), List.of(char.class, long.class, int.class, int.class));
            List<Constraint> constraints = domain.alternatives().get(0).constraints();

            assertThat(constraints).extracting(Constraint::toString).containsExactly("c >= 'a'", "n < 10L", "m <= 0x10", "k < 1_000");
            assertThat(value(constraints.get(0))).isEqualTo('a');
            assertThat(value(constraints.get(1))).isEqualTo(10L);
            assertThat(value(constraints.get(2))).isEqualTo(16);
            assertThat(value(constraints.get(3))).isEqualTo(1000);
            assertThat(domain.alternatives().get(0).residue()).containsExactly("c != '\\n'");
        }

        @Test
        @DisplayName("a char bound as the code of the character")
        void charBound() {
            Constraint constraint = only(PreconditionAnalyzer.analyze("c >= 'a'", List.of("c"), List.of(char.class)));

            Bounds bounds = ArgumentGenerator.apply(Bounds.NONE, constraint, new Evaluator(ParsedPreconditionTests.class, null, Map.of()));

            assertThat(bounds.min()).isEqualByComparingTo(BigDecimal.valueOf('a'));
            assertThat(bounds.minInclusive()).isTrue();
        }
    }

    @Test
    @DisplayName("should read parenthesised comparisons and keep a bound's parentheses as written")
    void parenthesised() {
        Domain domain = PreconditionAnalyzer.analyze("(x) >= (10) && ((y < 5)) && !((x > 20))", List.of("x", "y"),
                List.of(int.class, int.class));
        List<Constraint> constraints = domain.alternatives().get(0).constraints();

        assertThat(constraints).extracting(Constraint::toString).containsExactly("x >= (10)", "x <= 20", "y < 5");
        assertThat(value(constraints.get(0))).isEqualTo(10);
        assertThat(domain.fullyRecognised()).isTrue();
    }

    @Nested
    @DisplayName("should evaluate names")
    class Names {

        @Test
        @DisplayName("qualified through nested types and packages")
        void qualified() {
            Domain domain = PreconditionAnalyzer.analyze("x <= Limits.Inner.DEEP && y < Limits.MAX && z < java.lang.Integer.MAX_VALUE",
                    List.of("x", "y", "z"), List.of(long.class, int.class, int.class));
            List<Constraint> constraints = domain.alternatives().get(0).constraints();

            assertThat(constraints).extracting(Constraint::toString)
                    .containsExactly("x <= Limits.Inner.DEEP", "y < Limits.MAX", "z < java.lang.Integer.MAX_VALUE");
            assertThat(value(constraints.get(0))).isEqualTo(Limits.Inner.DEEP);
            assertThat(value(constraints.get(1))).isEqualTo(Limits.MAX);
            assertThat(value(constraints.get(2))).isEqualTo(Integer.MAX_VALUE);
        }

        @Test
        @DisplayName("this.field and a field of a field of the receiver, on either side")
        void receiverFields() {
            Domain domain = PreconditionAnalyzer.analyze("this.limit > n && n >= range.high", List.of("n"), List.of(int.class));
            List<Constraint> constraints = domain.alternatives().get(0).constraints();
            Account receiver = new Account(3, new Range(-4));

            assertThat(constraints).extracting(Constraint::toString).containsExactly("n < this.limit", "n >= range.high");
            assertThat(value(constraints.get(0), receiver, Map.of())).isEqualTo(receiver.limit);
            assertThat(value(constraints.get(1), receiver, Map.of())).isEqualTo(receiver.range.high);
        }

        @Test
        @DisplayName("not this.x as the parameter x: the field is meant")
        void thisIsNotTheParameter() {
            Domain domain = PreconditionAnalyzer.analyze("this.x > 0", List.of("x"), List.of(int.class));

            assertThat(domain.alternatives().get(0).constraints()).isEmpty();
            assertThat(domain.alternatives().get(0).residue()).containsExactly("this.x > 0");
        }
    }

    @Test
    @DisplayName("should parenthesise an operand of a solved bound where the text needs it")
    void solvedText() {
        Domain domain = PreconditionAnalyzer.analyze("a + b > c - p", List.of("a", "b", "c", "p"),
                List.of(int.class, int.class, int.class, int.class));
        Constraint constraint = only(domain);
        Map<String, Object> values = new HashMap<>(Map.of("a", 1, "b", 2, "c", 10));

        // a + b > c - p  <=>  p > c - (a + b)
        assertThat(constraint).hasToString("p > c - (a + b)");
        assertThat(number(value(constraint, null, values))).isEqualTo(10 - (1 + 2));
        assertThat(domain.alternatives().get(0).order()).containsExactly(0, 1, 2, 3);
    }

    @Nested
    @DisplayName("should leave to filtering, in the text as written")
    class Residue {

        @Test
        @DisplayName("a lambda, with the parameter it dereferences non-null")
        void lambda() {
            Domain domain = PreconditionAnalyzer.analyze("items.stream().allMatch(i -> i > 0) && n > 0", List.of("items", "n"),
                    List.of(List.class, int.class));

            assertThat(domain.problem()).isEmpty();
            assertThat(domain.alternatives().get(0).residue()).containsExactly("items.stream().allMatch(i -> i > 0)");
            assertThat(PreconditionAnalyzerTests.constraints(domain, 0)).containsExactly("items != null", "n > 0");
        }

        @Test
        @DisplayName("a pattern instanceof, binding kept")
        void pattern() {
            Domain domain = PreconditionAnalyzer.analyze("o instanceof String s && s.length() > 2", List.of("o"), List.of(Object.class));

            assertThat(domain.alternatives().get(0).residue()).containsExactly("o instanceof String s", "s.length() > 2");
        }

        @Test
        @DisplayName("a call with its spacing")
        void spacing() {
            Domain domain = PreconditionAnalyzer.analyze("java.util.Objects.equals(code,\"x\")", List.of("code"), List.of(String.class));

            assertThat(domain.alternatives().get(0).residue()).containsExactly("java.util.Objects.equals(code,\"x\")");
        }
    }

    @Test
    @DisplayName("should say where a precondition does not parse, and leave all of it to filtering")
    void unparsable() {
        Domain domain = PreconditionAnalyzer.analyze("x > ", List.of("x"), List.of(int.class));

        assertThat(domain.problem()).startsWith("cannot parse [x > ] at column ");
        assertThat(domain.alternatives()).singleElement().satisfies(a -> {
            assertThat(a.constraints()).isEmpty();
            assertThat(a.residue()).containsExactly("x > ");
            assertThat(a.residueParameters()).containsExactly("x");
        });
    }
}
