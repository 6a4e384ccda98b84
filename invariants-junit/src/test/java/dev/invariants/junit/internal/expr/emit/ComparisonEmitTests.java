package dev.invariants.junit.internal.expr.emit;

import static dev.invariants.junit.internal.expr.emit.Trees.D;
import static dev.invariants.junit.internal.expr.emit.Trees.F;
import static dev.invariants.junit.internal.expr.emit.Trees.I;
import static dev.invariants.junit.internal.expr.emit.Trees.INTEGER;
import static dev.invariants.junit.internal.expr.emit.Trees.J;
import static dev.invariants.junit.internal.expr.emit.Trees.OBJECT;
import static dev.invariants.junit.internal.expr.emit.Trees.STRING;
import static dev.invariants.junit.internal.expr.emit.Trees.Z;
import static dev.invariants.junit.internal.expr.emit.Trees.binary;
import static dev.invariants.junit.internal.expr.emit.Trees.compare;
import static dev.invariants.junit.internal.expr.emit.Trees.constant;
import static dev.invariants.junit.internal.expr.emit.Trees.convert;
import static dev.invariants.junit.internal.expr.emit.Trees.parameter;
import static dev.invariants.junit.internal.expr.emit.Trees.var;
import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.junit.internal.expr.tree.Typed;
import dev.invariants.junit.internal.expr.tree.Typed.BinaryOp;
import dev.invariants.junit.internal.expr.tree.Typed.Conversion;
import dev.invariants.junit.internal.expr.tree.Variable;
import java.lang.invoke.MethodHandle;
import java.util.EnumSet;
import java.util.Set;
import net.bytebuddy.jar.asm.Type;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("ExpressionEmitter comparisons and conditions")
class ComparisonEmitTests {

    private static final Set<BinaryOp> COMPARISONS = EnumSet.of(BinaryOp.LESS, BinaryOp.LESS_EQUAL, BinaryOp.GREATER,
            BinaryOp.GREATER_EQUAL, BinaryOp.EQUAL, BinaryOp.NOT_EQUAL);

    /** The comparison as a value, and through both jump senses of the branch form. */
    private record Forms(MethodHandle value, MethodHandle jumpTrue, MethodHandle jumpFalse) {
        static Forms of(Typed expression, Variable... parameters) {
            return new Forms(Emitted.value(Host.lookup(), expression, parameters),
                    Emitted.branch(Host.lookup(), expression, true, parameters),
                    Emitted.branch(Host.lookup(), expression, false, parameters));
        }

        void check(boolean expected, String description, Object... arguments) throws Throwable {
            assertThat((boolean) value.invokeWithArguments(arguments)).as("value of " + description).isEqualTo(expected);
            assertThat(Emitted.branchValue(jumpTrue, true, arguments)).as("jump-when-true " + description)
                    .isEqualTo(expected);
            assertThat(Emitted.branchValue(jumpFalse, false, arguments)).as("jump-when-false " + description)
                    .isEqualTo(expected);
        }
    }

    private static Forms comparison(BinaryOp op, Type type) {
        Variable a = parameter(0, type);
        Variable b = parameter(1, type);
        return Forms.of(compare(op, var(a), var(b)), a, b);
    }

    @Nested
    @DisplayName("numeric")
    class Numeric {

        @Test
        @DisplayName("should compare ints and longs as Java does at the extremes")
        void integral() throws Throwable {
            for (BinaryOp op : COMPARISONS) {
                Forms ints = comparison(op, I);
                for (int a : ArithmeticEmitTests.INTS) {
                    for (int b : ArithmeticEmitTests.INTS) {
                        ints.check(java(op, a, b), a + " " + op + " " + b, a, b);
                    }
                }
                Forms longs = comparison(op, J);
                for (long a : ArithmeticEmitTests.LONGS) {
                    for (long b : ArithmeticEmitTests.LONGS) {
                        longs.check(java(op, a, b), a + " " + op + " " + b, a, b);
                    }
                }
            }
        }

        @Test
        @DisplayName("should make every comparison with NaN false but != , as Java does, for floats and doubles")
        void floating() throws Throwable {
            for (BinaryOp op : COMPARISONS) {
                Forms floats = comparison(op, F);
                for (float a : ArithmeticEmitTests.FLOATS) {
                    for (float b : ArithmeticEmitTests.FLOATS) {
                        floats.check(java(op, a, b), a + " " + op + " " + b, a, b);
                    }
                }
                Forms doubles = comparison(op, D);
                for (double a : ArithmeticEmitTests.DOUBLES) {
                    for (double b : ArithmeticEmitTests.DOUBLES) {
                        doubles.check(java(op, a, b), a + " " + op + " " + b, a, b);
                    }
                }
            }
        }
    }

    @Nested
    @DisplayName("references")
    class References {

        @Test
        @DisplayName("should compare boxed Integers by identity: equal up to 127 (the cache), not at 128")
        void boxedIdentity() throws Throwable {
            Variable a = parameter(0, I);
            Variable b = parameter(1, I);
            Typed boxedA = convert(Conversion.BOX, var(a), INTEGER);
            Typed boxedB = convert(Conversion.BOX, var(b), INTEGER);
            Forms same = Forms.of(compare(BinaryOp.EQUAL, boxedA, boxedB), a, b);
            Forms different = Forms.of(compare(BinaryOp.NOT_EQUAL, boxedA, boxedB), a, b);
            for (int each : new int[] {-129, -128, 0, 127, 128, 1000}) {
                Integer x = each;
                Integer y = each;
                same.check(x == y, each + " == " + each, each, each);
                different.check(x != y, each + " != " + each, each, each);
            }
        }

        @Test
        @DisplayName("should compare with null on either side")
        void withNull() throws Throwable {
            Variable s = parameter(0, STRING);
            Forms leftNull = Forms.of(compare(BinaryOp.EQUAL, constant(null, STRING), var(s)), s);
            Forms rightNull = Forms.of(compare(BinaryOp.NOT_EQUAL, var(s), constant(null, OBJECT)), s);
            for (String each : new String[] {null, "x"}) {
                leftNull.check(null == each, "null == " + each, each);
                rightNull.check(each != null, each + " != null", each);
            }
        }
    }

    @Nested
    @DisplayName("conditions")
    class Conditions {

        @Test
        @DisplayName("should evaluate && and || with short circuits: the right side never runs when the left decides")
        void shortCircuit() throws Throwable {
            Variable x = parameter(0, I);
            // x != 0 && 10 / x > 1, and x == 0 || 10 / x > 1: the division throws when it runs with x == 0
            Typed divides = compare(BinaryOp.GREATER, binary(BinaryOp.DIVIDE, constant(10, I), var(x), I),
                    constant(1, I));
            Forms and = Forms.of(binary(BinaryOp.CONDITIONAL_AND, compare(BinaryOp.NOT_EQUAL, var(x),
                    constant(0, I)), divides, Z), x);
            Forms or = Forms.of(binary(BinaryOp.CONDITIONAL_OR, compare(BinaryOp.EQUAL, var(x), constant(0, I)),
                    divides, Z), x);
            for (int each : new int[] {-20, -1, 0, 1, 5, 6, 20}) {
                and.check(each != 0 && 10 / each > 1, "and " + each, each);
                or.check(each == 0 || 10 / each > 1, "or " + each, each);
            }
        }

        @Test
        @DisplayName("should combine !, &&, ||, &, |, ^ and ?: on booleans as Java does for every input")
        void booleanAlgebra() throws Throwable {
            Variable a = parameter(0, Z);
            Variable b = parameter(1, Z);
            Variable c = parameter(2, Z);
            Typed notA = new Typed.Unary(Typed.UnaryOp.NOT, var(a), Z);
            // !a && (b || c)
            Forms first = Forms.of(binary(BinaryOp.CONDITIONAL_AND, notA,
                    binary(BinaryOp.CONDITIONAL_OR, var(b), var(c), Z), Z), a, b, c);
            // (a ^ b) | !(c & a)
            Forms second = Forms.of(binary(BinaryOp.OR, binary(BinaryOp.XOR, var(a), var(b), Z),
                    new Typed.Unary(Typed.UnaryOp.NOT, binary(BinaryOp.AND, var(c), var(a), Z), Z), Z), a, b, c);
            // a ? !b : (c || a)
            Forms third = Forms.of(new Typed.Conditional(var(a), new Typed.Unary(Typed.UnaryOp.NOT, var(b), Z),
                    binary(BinaryOp.CONDITIONAL_OR, var(c), var(a), Z), Z), a, b, c);
            // !(a || b) == c
            Forms fourth = Forms.of(compare(BinaryOp.EQUAL, new Typed.Unary(Typed.UnaryOp.NOT,
                    binary(BinaryOp.CONDITIONAL_OR, var(a), var(b), Z), Z), var(c)), a, b, c);
            for (int bits = 0; bits < 8; bits++) {
                boolean x = (bits & 1) != 0;
                boolean y = (bits & 2) != 0;
                boolean z = (bits & 4) != 0;
                String inputs = x + ", " + y + ", " + z;
                first.check(!x && (y || z), "!a && (b || c) with " + inputs, x, y, z);
                second.check((x ^ y) | !(z & x), "(a ^ b) | !(c & a) with " + inputs, x, y, z);
                third.check(x ? !y : (z || x), "a ? !b : (c || a) with " + inputs, x, y, z);
                fourth.check(!(x || y) == z, "!(a || b) == c with " + inputs, x, y, z);
            }
        }

        @Test
        @DisplayName("should choose a ternary's value by its condition, evaluating only that branch")
        void ternaryValue() throws Throwable {
            Variable x = parameter(0, J);
            // x > 0L ? 100L / x : -x
            MethodHandle ternary = Emitted.value(Host.lookup(), new Typed.Conditional(
                    compare(BinaryOp.GREATER, var(x), constant(0L, J)),
                    binary(BinaryOp.DIVIDE, constant(100L, J), var(x), J),
                    new Typed.Unary(Typed.UnaryOp.NEGATE, var(x), J), J), x);
            for (long each : ArithmeticEmitTests.LONGS) {
                assertThat((long) ternary.invoke(each)).isEqualTo(each > 0L ? 100L / each : -each);
            }
        }
    }

    private static boolean java(BinaryOp op, long a, long b) {
        return switch (op) {
            case LESS -> a < b;
            case LESS_EQUAL -> a <= b;
            case GREATER -> a > b;
            case GREATER_EQUAL -> a >= b;
            case EQUAL -> a == b;
            case NOT_EQUAL -> a != b;
            default -> throw new IllegalArgumentException(op.toString());
        };
    }

    private static boolean java(BinaryOp op, float a, float b) {
        return switch (op) {
            case LESS -> a < b;
            case LESS_EQUAL -> a <= b;
            case GREATER -> a > b;
            case GREATER_EQUAL -> a >= b;
            case EQUAL -> a == b;
            case NOT_EQUAL -> a != b;
            default -> throw new IllegalArgumentException(op.toString());
        };
    }

    private static boolean java(BinaryOp op, double a, double b) {
        return switch (op) {
            case LESS -> a < b;
            case LESS_EQUAL -> a <= b;
            case GREATER -> a > b;
            case GREATER_EQUAL -> a >= b;
            case EQUAL -> a == b;
            case NOT_EQUAL -> a != b;
            default -> throw new IllegalArgumentException(op.toString());
        };
    }
}
