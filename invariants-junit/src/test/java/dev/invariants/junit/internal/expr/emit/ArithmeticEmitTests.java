package dev.invariants.junit.internal.expr.emit;

import static dev.invariants.junit.internal.expr.emit.Trees.C;
import static dev.invariants.junit.internal.expr.emit.Trees.D;
import static dev.invariants.junit.internal.expr.emit.Trees.F;
import static dev.invariants.junit.internal.expr.emit.Trees.I;
import static dev.invariants.junit.internal.expr.emit.Trees.J;
import static dev.invariants.junit.internal.expr.emit.Trees.binary;
import static dev.invariants.junit.internal.expr.emit.Trees.constant;
import static dev.invariants.junit.internal.expr.emit.Trees.parameter;
import static dev.invariants.junit.internal.expr.emit.Trees.primitive;
import static dev.invariants.junit.internal.expr.emit.Trees.var;
import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.junit.internal.expr.tree.Typed;
import dev.invariants.junit.internal.expr.tree.Typed.BinaryOp;
import dev.invariants.junit.internal.expr.tree.Typed.UnaryOp;
import dev.invariants.junit.internal.expr.tree.Variable;
import java.lang.invoke.MethodHandle;
import java.util.EnumSet;
import java.util.Set;
import net.bytebuddy.jar.asm.Type;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ExpressionEmitter arithmetic")
class ArithmeticEmitTests {

    static final int[] INTS = {Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -33, -7, -1, 0, 1, 7, 31, 32, 33,
            Integer.MAX_VALUE};
    static final long[] LONGS = {Long.MIN_VALUE, Long.MIN_VALUE + 1, Integer.MIN_VALUE, -65, -1, 0, 1, 7, 63, 64,
            65, Integer.MAX_VALUE, 1L << 40, Long.MAX_VALUE};
    static final float[] FLOATS = {Float.NaN, Float.NEGATIVE_INFINITY, -Float.MAX_VALUE, -3.5f, -1f, -0f, 0f,
            Float.MIN_VALUE, 1f, 3.5f, Float.MAX_VALUE, Float.POSITIVE_INFINITY};
    static final double[] DOUBLES = {Double.NaN, Double.NEGATIVE_INFINITY, -Double.MAX_VALUE, -3.5, -1, -0d, 0d,
            Double.MIN_VALUE, 1, 3.5, 1e300, Double.MAX_VALUE, Double.POSITIVE_INFINITY};

    private static final Set<BinaryOp> INTEGRAL = EnumSet.of(BinaryOp.ADD, BinaryOp.SUBTRACT, BinaryOp.MULTIPLY,
            BinaryOp.DIVIDE, BinaryOp.REMAINDER, BinaryOp.SHIFT_LEFT, BinaryOp.SHIFT_RIGHT,
            BinaryOp.SHIFT_RIGHT_UNSIGNED, BinaryOp.AND, BinaryOp.OR, BinaryOp.XOR);
    private static final Set<BinaryOp> FLOATING = EnumSet.of(BinaryOp.ADD, BinaryOp.SUBTRACT, BinaryOp.MULTIPLY,
            BinaryOp.DIVIDE, BinaryOp.REMAINDER);

    private static MethodHandle operation(BinaryOp op, Type left, Type right) {
        Variable a = parameter(0, left);
        Variable b = parameter(1, right);
        return Emitted.value(Host.lookup(), binary(op, var(a), var(b), left), a, b);
    }

    @Test
    @DisplayName("should compute every int operator as Java does, division by zero included")
    void intOperators() {
        for (BinaryOp op : INTEGRAL) {
            MethodHandle emitted = operation(op, I, I);
            for (int a : INTS) {
                for (int b : INTS) {
                    assertThat(Outcome.of(() -> emitted.invoke(a, b))).as("%d %s %d", a, op, b)
                            .isEqualTo(Outcome.of(() -> java(op, a, b)));
                }
            }
        }
    }

    @Test
    @DisplayName("should compute every long operator as Java does, with an int or a long shift count")
    void longOperators() {
        for (BinaryOp op : INTEGRAL) {
            MethodHandle emitted = operation(op, J, J);
            for (long a : LONGS) {
                for (long b : LONGS) {
                    assertThat(Outcome.of(() -> emitted.invoke(a, b))).as("%d %s %d", a, op, b)
                            .isEqualTo(Outcome.of(() -> java(op, a, b)));
                }
            }
        }
        for (BinaryOp op : EnumSet.of(BinaryOp.SHIFT_LEFT, BinaryOp.SHIFT_RIGHT, BinaryOp.SHIFT_RIGHT_UNSIGNED)) {
            MethodHandle emitted = operation(op, J, I);
            for (long a : LONGS) {
                for (int b : INTS) {
                    assertThat(Outcome.of(() -> emitted.invoke(a, b))).as("%d %s %d (int count)", a, op, b)
                            .isEqualTo(Outcome.of(() -> java(op, a, b)));
                }
            }
        }
    }

    @Test
    @DisplayName("should shift an int by a long count as Java does (l2i on the count)")
    void intShiftedByLong() {
        for (BinaryOp op : EnumSet.of(BinaryOp.SHIFT_LEFT, BinaryOp.SHIFT_RIGHT, BinaryOp.SHIFT_RIGHT_UNSIGNED)) {
            MethodHandle emitted = operation(op, I, J);
            for (int a : INTS) {
                for (long b : LONGS) {
                    int expected = switch (op) {
                        case SHIFT_LEFT -> a << b;
                        case SHIFT_RIGHT -> a >> b;
                        default -> a >>> b;
                    };
                    assertThat(Outcome.of(() -> emitted.invoke(a, b))).as("%d %s %d", a, op, b).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    @DisplayName("should compute float and double operators as Java does, NaN, infinities and -0.0 included")
    void floatingOperators() {
        for (BinaryOp op : FLOATING) {
            MethodHandle floats = operation(op, F, F);
            for (float a : FLOATS) {
                for (float b : FLOATS) {
                    assertThat(Outcome.of(() -> floats.invoke(a, b))).as("%s %s %s", a, op, b)
                            .isEqualTo(java(op, a, b));
                }
            }
            MethodHandle doubles = operation(op, D, D);
            for (double a : DOUBLES) {
                for (double b : DOUBLES) {
                    assertThat(Outcome.of(() -> doubles.invoke(a, b))).as("%s %s %s", a, op, b)
                            .isEqualTo(java(op, a, b));
                }
            }
        }
    }

    @Test
    @DisplayName("should negate and complement as Java does")
    void unaryOperators() throws Throwable {
        Variable i = parameter(0, I);
        Variable l = parameter(0, J);
        Variable f = parameter(0, F);
        Variable d = parameter(0, D);
        MethodHandle negateInt = Emitted.value(Host.lookup(), new Typed.Unary(UnaryOp.NEGATE, var(i), I), i);
        MethodHandle complementInt = Emitted.value(Host.lookup(), new Typed.Unary(UnaryOp.COMPLEMENT, var(i), I), i);
        MethodHandle negateLong = Emitted.value(Host.lookup(), new Typed.Unary(UnaryOp.NEGATE, var(l), J), l);
        MethodHandle complementLong = Emitted.value(Host.lookup(), new Typed.Unary(UnaryOp.COMPLEMENT, var(l), J), l);
        MethodHandle negateFloat = Emitted.value(Host.lookup(), new Typed.Unary(UnaryOp.NEGATE, var(f), F), f);
        MethodHandle negateDouble = Emitted.value(Host.lookup(), new Typed.Unary(UnaryOp.NEGATE, var(d), D), d);
        for (int each : INTS) {
            assertThat((int) negateInt.invoke(each)).isEqualTo(-each);
            assertThat((int) complementInt.invoke(each)).isEqualTo(~each);
        }
        for (long each : LONGS) {
            assertThat((long) negateLong.invoke(each)).isEqualTo(-each);
            assertThat((long) complementLong.invoke(each)).isEqualTo(~each);
        }
        for (float each : FLOATS) {
            assertThat(negateFloat.invoke(each)).isEqualTo(-each);
        }
        for (double each : DOUBLES) {
            assertThat(negateDouble.invoke(each)).isEqualTo(-each);
        }
    }

    @Test
    @DisplayName("should do char arithmetic in int and narrow it back with i2c")
    void charArithmetic() throws Throwable {
        Variable c = parameter(0, C);
        Variable d = parameter(1, C);
        MethodHandle plusOne = Emitted.value(Host.lookup(),
                binary(BinaryOp.ADD, primitive(var(c), I), constant(1, I), I), c);
        MethodHandle next = Emitted.value(Host.lookup(),
                primitive(binary(BinaryOp.ADD, primitive(var(c), I), constant(1, I), I), C), c);
        MethodHandle difference = Emitted.value(Host.lookup(),
                binary(BinaryOp.SUBTRACT, primitive(var(c), I), primitive(var(d), I), I), c, d);
        for (char each : new char[] {0, 'a', 'z', 0x7fff, 0x8000, 0xfffe, 0xffff}) {
            assertThat((int) plusOne.invoke(each)).isEqualTo(each + 1);
            assertThat((char) next.invoke(each)).isEqualTo((char) (each + 1));
            assertThat((int) difference.invoke(each, 'a')).isEqualTo(each - 'a');
        }
    }

    private static Object java(BinaryOp op, int a, int b) {
        return switch (op) {
            case ADD -> a + b;
            case SUBTRACT -> a - b;
            case MULTIPLY -> a * b;
            case DIVIDE -> a / b;
            case REMAINDER -> a % b;
            case SHIFT_LEFT -> a << b;
            case SHIFT_RIGHT -> a >> b;
            case SHIFT_RIGHT_UNSIGNED -> a >>> b;
            case AND -> a & b;
            case OR -> a | b;
            case XOR -> a ^ b;
            default -> throw new IllegalArgumentException(op.toString());
        };
    }

    private static Object java(BinaryOp op, long a, long b) {
        return switch (op) {
            case ADD -> a + b;
            case SUBTRACT -> a - b;
            case MULTIPLY -> a * b;
            case DIVIDE -> a / b;
            case REMAINDER -> a % b;
            case SHIFT_LEFT -> a << b;
            case SHIFT_RIGHT -> a >> b;
            case SHIFT_RIGHT_UNSIGNED -> a >>> b;
            case AND -> a & b;
            case OR -> a | b;
            case XOR -> a ^ b;
            default -> throw new IllegalArgumentException(op.toString());
        };
    }

    private static Object java(BinaryOp op, long a, int b) {
        return switch (op) {
            case SHIFT_LEFT -> a << b;
            case SHIFT_RIGHT -> a >> b;
            case SHIFT_RIGHT_UNSIGNED -> a >>> b;
            default -> throw new IllegalArgumentException(op.toString());
        };
    }

    private static Object java(BinaryOp op, float a, float b) {
        return switch (op) {
            case ADD -> a + b;
            case SUBTRACT -> a - b;
            case MULTIPLY -> a * b;
            case DIVIDE -> a / b;
            case REMAINDER -> a % b;
            default -> throw new IllegalArgumentException(op.toString());
        };
    }

    private static Object java(BinaryOp op, double a, double b) {
        return switch (op) {
            case ADD -> a + b;
            case SUBTRACT -> a - b;
            case MULTIPLY -> a * b;
            case DIVIDE -> a / b;
            case REMAINDER -> a % b;
            default -> throw new IllegalArgumentException(op.toString());
        };
    }
}
