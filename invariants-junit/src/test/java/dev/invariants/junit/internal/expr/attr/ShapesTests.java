package dev.invariants.junit.internal.expr.attr;

import static dev.invariants.junit.internal.expr.attr.Shaped.error;
import static dev.invariants.junit.internal.expr.attr.Shaped.run;
import static dev.invariants.junit.internal.expr.attr.Shaped.runWith;
import static dev.invariants.junit.internal.expr.attr.Shaped.typed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.invariants.junit.spi.syntax.ExpressionError;
import dev.invariants.junit.internal.expr.tree.Typed;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntPredicate;
import net.bytebuddy.jar.asm.Type;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Conditionals, instanceof and casts attributed end to end; expected values are Java's own, computed here
 * from the same parameter values, and expected types and errors those javac gives (JLS 15.25, 15.20.2, 15.16).
 * Arrays and class literals are in {@link ArrayShapesTests}.
 */
@DisplayName("Shapes")
class ShapesTests {

    // the parameters' values as variables (not constants), so that Java types the expected expressions as the tests do
    private static int i = (Integer) Shaped.VALUES.get(0);
    private static Integer boxed = (Integer) Shaped.VALUES.get(2);
    private static Long big = (Long) Shaped.VALUES.get(3);
    private static String s = (String) Shaped.VALUES.get(5);
    private static List<?> list = (List<?>) Shaped.VALUES.get(7);
    private static boolean b = (Boolean) Shaped.VALUES.get(8);
    private static byte by = (Byte) Shaped.VALUES.get(11);
    private static char c = (Character) Shaped.VALUES.get(13);

    private static void assertError(String text, String message, String at) {
        assertError(text, message, text.indexOf(at), text.indexOf(at) + at.length());
    }

    static void assertError(String text, String message, int start, int end) {
        ExpressionError error = error(text);
        assertThat(error).as(text).isNotNull();
        assertThat(error.getMessage()).as(text).isEqualTo(message);
        assertThat(new int[] {error.start(), error.end()}).as(text + ": position of " + message)
                .containsExactly(start, end);
    }

    @Nested
    @DisplayName("conditional")
    class Conditional {

        @Test
        @DisplayName("should type a numeric conditional by binary promotion, unboxing a wrapper")
        void numeric() throws ExpressionError {
            assertThat(typed("b ? 1 : 2L").type()).isEqualTo(Type.LONG_TYPE);
            assertThat(typed("b ? i : d").type()).isEqualTo(Type.DOUBLE_TYPE);
            assertThat(typed("b ? boxed : 1").type()).isEqualTo(Type.INT_TYPE);
            assertThat(typed("b ? boxed : big").type()).isEqualTo(Type.LONG_TYPE);
            assertThat(typed("b ? boxed : boxed").type()).isEqualTo(Type.getType(Integer.class));
            assertThat(typed("b ? by : sh").type()).isEqualTo(Type.SHORT_TYPE);
            assertThat(typed("b ? by : c").type()).isEqualTo(Type.INT_TYPE);
        }

        @Test
        @DisplayName("should give an int constant that fits the other branch's byte, short or char that type")
        void narrowConstant() throws Throwable {
            assertThat(typed("b ? c : 0").type()).isEqualTo(Type.CHAR_TYPE);
            assertThat(typed("b ? c : -1").type()).isEqualTo(Type.INT_TYPE);
            assertThat(typed("b ? by : 127").type()).isEqualTo(Type.BYTE_TYPE);
            assertThat(typed("b ? by : 128").type()).isEqualTo(Type.INT_TYPE);
            assertThat(typed("b ? 100 : sh").type()).isEqualTo(Type.SHORT_TYPE);
            Object expected = b ? c : 0;
            assertThat(run("b ? c : 0")).isEqualTo(expected).isInstanceOf(Character.class);
            Object promoted = b ? by : 128;
            assertThat(run("b ? by : 128")).isEqualTo(promoted);
        }

        @Test
        @DisplayName("should type a reference conditional by the branches' least upper bound")
        void reference() throws Throwable {
            assertThat(typed("b ? s : null").type()).isEqualTo(Type.getType(String.class));
            assertThat(typed("b ? null : 1").type()).isEqualTo(Type.getType(Integer.class));
            assertThat(typed("b ? s : list").type()).isEqualTo(Type.getType(Object.class));
            assertThat(run("(b ? s : list).equals(s)")).isEqualTo((b ? s : list).equals(s));
            assertThat(runWith("b ? null : 1", "b", false)).isEqualTo(1);
        }

        @Test
        @DisplayName("should unbox a Boolean condition and fail as Java does when it is null")
        void booleanCondition() throws Throwable {
            assertThat(run("flag ? 1 : 2")).isEqualTo(2);
            assertThatThrownBy(() -> runWith("flag ? 1 : 2", "flag", null)).isInstanceOf(NullPointerException.class);
        }

        @Test
        @DisplayName("should reject a condition that is not boolean, under the condition")
        void notBoolean() {
            assertError("i ? 1 : 2", "incompatible types: int cannot be converted to boolean", "i");
            assertError("b ? 1 : s ? 2 : 3", "incompatible types: java.lang.String cannot be converted to boolean",
                    "s");
        }

        @Test
        @DisplayName("should fold constants, but not a null branch, which is no constant")
        void folding() throws ExpressionError {
            assertThat(typed("true ? 1 : 2")).isEqualTo(new Typed.Constant(1, Type.INT_TYPE));
            assertThat(typed("1 > 2 ? \"a\" : \"b\"")).isEqualTo(new Typed.Constant("b", Type.getType(String.class)));
            assertThat(typed("false ? 'a' : 66")).isEqualTo(new Typed.Constant(66, Type.CHAR_TYPE));
            assertThat(typed("true ? \"a\" : null")).isInstanceOf(Typed.Conditional.class);
            assertThat(typed("b ? 1 : 2")).isInstanceOf(Typed.Conditional.class);
        }

        @Test
        @DisplayName("should see the condition's pattern variable in the branch where it matched, and only there")
        void patternScope() throws Throwable {
            assertThat(run("o instanceof String x ? x.length() : -1")).isEqualTo("text".length());
            assertThat(run("!(o instanceof String x) ? -1 : x.length()")).isEqualTo("text".length());
            assertThat(runWith("o instanceof String x ? x.length() : -1", "o", 5)).isEqualTo(-1);
            String text = "o instanceof String x ? 0 : x.length()";
            assertError(text, "cannot find symbol: variable x", text.lastIndexOf('x'), text.lastIndexOf('x') + 1);
        }

        @Test
        @DisplayName("should pass its target to lambda branches")
        void targetTyped() throws Throwable {
            @SuppressWarnings("unchecked")
            List<String> strings = (List<String>) list;
            boolean expected = strings.stream().anyMatch(b ? x -> x.isEmpty() : x -> true);
            assertThat(run("list.stream().anyMatch(b ? x -> x.isEmpty() : x -> true)")).isEqualTo(expected);
            assertThat(runWith("list.stream().anyMatch(b ? x -> x.isEmpty() : x -> true)", "b", false)).isEqualTo(true);
        }
    }

    @Nested
    @DisplayName("instanceof")
    class InstanceOf {

        @Test
        @DisplayName("should test a type, and bind a pattern variable typed as tested")
        void test() throws Throwable {
            assertThat(typed("o instanceof String")).isEqualTo(
                    new Typed.InstanceOf(((Typed.InstanceOf) typed("o instanceof String")).expression(),
                            Type.getType(String.class), null));
            Typed.InstanceOf pattern = (Typed.InstanceOf) typed("o instanceof String x");
            assertThat(pattern.binding().name()).isEqualTo("x");
            assertThat(pattern.binding().type()).isEqualTo(Type.getType(String.class));
            assertThat(run("o instanceof String x && x.length() > 3")).isEqualTo(true);
            assertThat(runWith("o instanceof String x && x.length() > 3", "o", 12345)).isEqualTo(false);
            assertThat(run("null instanceof String")).isEqualTo(false);
        }

        @Test
        @DisplayName("should keep a generic pattern type for what the binding is used for")
        void genericBinding() throws Throwable {
            boolean expected = Shaped.coll() instanceof List<String> ls && ls.get(0).length() == 1;
            assertThat(run("coll instanceof List<String> ls && ls.get(0).length() == 1")).isEqualTo(expected);
            assertThat(run("o instanceof List<?>")).isEqualTo(false);
        }

        @Test
        @DisplayName("should reject a primitive on either side")
        void primitive() {
            assertError("i instanceof Integer", "unexpected type: required reference, found int", "i");
            assertError("o instanceof int", "unexpected type: required class or array, found int", "int");
        }

        @Test
        @DisplayName("should reject a type the value can never have, and an unchecked generic test")
        void impossible() {
            assertError("boxed instanceof String",
                    "incompatible types: java.lang.Integer cannot be converted to java.lang.String",
                    "boxed instanceof String");
            assertError("o instanceof List<String>",
                    "java.lang.Object cannot be safely cast to java.util.List<java.lang.String>",
                    "o instanceof List<String>");
            assertError("list instanceof java.util.ArrayList<Integer>", "incompatible types: "
                    + "java.util.List<java.lang.String> cannot be converted to java.util.ArrayList<java.lang.Integer>",
                    "list instanceof java.util.ArrayList<Integer>");
        }

        @Test
        @DisplayName("should take a generic test whose type arguments the value's type fixes (JLS 5.1.6.1)")
        void checkedGeneric() throws Throwable {
            assertThat(run("coll instanceof java.util.ArrayList<String>")).isEqualTo(true);
            assertThat(run("list instanceof java.util.RandomAccess")).isEqualTo(list instanceof java.util.RandomAccess);
        }

        @Test
        @DisplayName("should reject a binding named as a parameter, a lambda parameter or another binding")
        void clash() {
            assertError("o instanceof String s", "variable s is already defined", "o instanceof String s");
            String twice = "o instanceof String x && o instanceof Integer x";
            assertError(twice, "illegal attempt to redefine an existing match binding", "o instanceof Integer x");
            String negated = "!(o instanceof String x) || o instanceof Integer x";
            assertError(negated, "illegal attempt to redefine an existing match binding", "o instanceof Integer x");
            String lambda = "list.stream().anyMatch(x -> o instanceof String x)";
            assertError(lambda, "variable x is already defined", "o instanceof String x");
        }

        @Test
        @DisplayName("should reject one name bound twice where both would be introduced, as javac does (JLS 6.3.1)")
        void introducedTwice() {
            String or = "o instanceof String x || o instanceof Integer x";
            assertError(or, "illegal attempt to redefine an existing match binding", "o instanceof Integer x");
            String and = "!(o instanceof String x) && !(o instanceof Integer x)";
            assertError(and, "illegal attempt to redefine an existing match binding", "!(o instanceof Integer x)");
            String branches = "b ? o instanceof String x : o instanceof Integer x";
            assertError(branches, "illegal attempt to redefine an existing match binding", "o instanceof Integer x");
            String conditionAndBranch = "o instanceof String x ? true : o instanceof Integer x";
            assertError(conditionAndBranch, "illegal attempt to redefine an existing match binding",
                    "o instanceof Integer x");
        }

        @Test
        @DisplayName("should take one name bound twice where never both in scope")
        void boundTwiceApart() throws Throwable {
            String opposite = "b ? o instanceof String x : !(o instanceof Integer x)";
            assertThat(run(opposite)).isEqualTo(true);
            assertThat(runWith(opposite, "b", false)).isEqualTo(true);
            String separate = "(o instanceof String x) == (o instanceof Integer x)";
            assertThat(run(separate)).isEqualTo(false);
            String nested = "(o instanceof String x && x.isEmpty()) || (o instanceof Integer y && y > 0)";
            assertThat(run(nested)).isEqualTo(false);
            assertThat(runWith(nested, "o", 3)).isEqualTo(true);
            String both = "(o instanceof String x && x.isEmpty()) || (o instanceof Integer x && x > 0)";
            assertError(both, "illegal attempt to redefine an existing match binding", "(o instanceof Integer x && x > 0)");
        }
    }

    @Nested
    @DisplayName("cast")
    class Cast {

        @Test
        @DisplayName("should convert primitives, folding constants as Java does")
        void primitives() throws Throwable {
            assertThat(typed("(int) d")).isInstanceOf(Typed.Convert.class).extracting(Typed::type)
                    .isEqualTo(Type.INT_TYPE);
            assertThat(typed("(int) 3.7")).isEqualTo(new Typed.Constant((int) 3.7, Type.INT_TYPE));
            assertThat(typed("(byte) 200")).isEqualTo(new Typed.Constant((int) (byte) 200, Type.BYTE_TYPE));
            assertThat(typed("(char) 65")).isEqualTo(new Typed.Constant(65, Type.CHAR_TYPE));
            assertThat(run("(short) l")).isEqualTo((short) (1L << 40));
            assertError("(int) b", "incompatible types: boolean cannot be converted to int", "(int) b");
        }

        @Test
        @DisplayName("should box, and unbox then widen (JLS 5.5)")
        void boxing() throws Throwable {
            assertThat(typed("(Integer) 3")).isInstanceOf(Typed.Convert.class).extracting(Typed::type)
                    .isEqualTo(Type.getType(Integer.class));
            assertThat(run("(Object) c")).isEqualTo(c);
            assertThat(run("(long) boxed")).isEqualTo((long) boxed);
            assertThat(runWith("(int) o", "o", 5)).isEqualTo(5);
            assertThatThrownBy(() -> run("(int) o")).isInstanceOf(ClassCastException.class);
        }

        @Test
        @DisplayName("should reject boxing to another wrapper and unboxing that would narrow")
        void badBoxing() {
            assertError("(Long) 5", "incompatible types: int cannot be converted to java.lang.Long", "(Long) 5");
            assertError("(Byte) 3", "incompatible types: int cannot be converted to java.lang.Byte", "(Byte) 3");
            assertError("(short) boxed", "incompatible types: java.lang.Integer cannot be converted to short",
                    "(short) boxed");
            assertError("(boolean) boxed", "incompatible types: java.lang.Integer cannot be converted to boolean",
                    "(boolean) boxed");
            assertError("(int) s", "incompatible types: java.lang.String cannot be converted to int", "(int) s");
        }

        @Test
        @DisplayName("should check a narrowing reference cast, and not a widening one")
        void references() throws Throwable {
            assertThat(typed("(String) o")).isEqualTo(new Typed.Convert(Typed.Conversion.CHECKCAST,
                    ((Typed.Convert) typed("(String) o")).expression(), Type.getType(String.class)));
            assertThat(typed("(Object) s")).isInstanceOf(Typed.Var.class);
            assertThat(run("((String) o).length()")).isEqualTo("text".length());
            assertThatThrownBy(() -> runWith("(String) o", "o", 3)).isInstanceOf(ClassCastException.class);
            assertError("(String) boxed", "incompatible types: java.lang.Integer cannot be converted to java.lang.String",
                    "(String) boxed");
            assertError("(Runnable) s", "incompatible types: java.lang.String cannot be converted to java.lang.Runnable",
                    "(Runnable) s");
        }

        @Test
        @DisplayName("should reject a cast between parameterizations with different type arguments, as javac does")
        void provablyDistinct() throws Throwable {
            assertError("(java.util.ArrayList<Integer>) list", "incompatible types: java.util.List<java.lang.String>"
                    + " cannot be converted to java.util.ArrayList<java.lang.Integer>", "(java.util.ArrayList<Integer>) list");
            assertError("(List<Object>) list", "incompatible types: java.util.List<java.lang.String>"
                    + " cannot be converted to java.util.List<java.lang.Object>", "(List<Object>) list");
            assertError("(java.util.Collection<Integer>) list", "incompatible types: java.util.List<java.lang.String>"
                    + " cannot be converted to java.util.Collection<java.lang.Integer>",
                    "(java.util.Collection<Integer>) list");
            assertError("(List<String>) java.util.Collections.emptyList()", "incompatible types: "
                    + "java.util.List<java.lang.Object> cannot be converted to java.util.List<java.lang.String>",
                    "(List<String>) java.util.Collections.emptyList()");
            assertThat(run("((java.util.ArrayList<String>) coll).get(1)")).isEqualTo("q");
            assertThat(run("((java.util.Collection<?>) list).size()")).isEqualTo(list.size());
        }

        @Test
        @DisplayName("should type a value as the generic type it is cast to")
        void generic() throws Throwable {
            assertThat(runWith("((List<String>) o).get(0).length()", "o", List.of("abc"))).isEqualTo("abc".length());
            assertThat(run("((String[]) ts)[1].length()")).isEqualTo("vv".length());
            assertThatThrownBy(() -> run("((String[]) objects)[0]")).isInstanceOf(ClassCastException.class);
        }

        @Test
        @DisplayName("should keep a constant only when cast to a primitive or String (JLS 15.29)")
        void constants() throws ExpressionError {
            assertThat(typed("(String) \"a\" + \"b\"")).isEqualTo(new Typed.Constant("ab", Type.getType(String.class)));
            assertThat(typed("(Object) \"a\" + \"b\"")).isInstanceOf(Typed.Concat.class);
        }

        @Test
        @DisplayName("should give a lambda or method reference the cast type as target")
        void functional() throws Throwable {
            IntPredicate above = x -> x > i;
            assertThat(run("((java.util.function.IntPredicate) x -> x > i).test(3)")).isEqualTo(above.test(3));
            Function<String, Integer> length = String::length;
            assertThat(run("((java.util.function.Function<String, Integer>) (String::length)).apply(s)"))
                    .isEqualTo(length.apply(s));
        }

        @Test
        @DisplayName("should not give its type to anything else: a cast is no assignment context")
        void noTargetForOthers() {
            String text = "(java.util.function.Supplier<String>) (b ? () -> \"a\" : null)";
            assertError(text, "lambda expression not expected here", "() -> \"a\"");
        }
    }
}
