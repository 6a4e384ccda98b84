package dev.invariants.junit.internal.expr.emit;

import static dev.invariants.junit.internal.expr.emit.Trees.B;
import static dev.invariants.junit.internal.expr.emit.Trees.C;
import static dev.invariants.junit.internal.expr.emit.Trees.D;
import static dev.invariants.junit.internal.expr.emit.Trees.F;
import static dev.invariants.junit.internal.expr.emit.Trees.I;
import static dev.invariants.junit.internal.expr.emit.Trees.INTEGER;
import static dev.invariants.junit.internal.expr.emit.Trees.J;
import static dev.invariants.junit.internal.expr.emit.Trees.OBJECT;
import static dev.invariants.junit.internal.expr.emit.Trees.S;
import static dev.invariants.junit.internal.expr.emit.Trees.STRING;
import static dev.invariants.junit.internal.expr.emit.Trees.Z;
import static dev.invariants.junit.internal.expr.emit.Trees.convert;
import static dev.invariants.junit.internal.expr.emit.Trees.parameter;
import static dev.invariants.junit.internal.expr.emit.Trees.primitive;
import static dev.invariants.junit.internal.expr.emit.Trees.var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.invariants.junit.internal.expr.tree.Typed.Conversion;
import dev.invariants.junit.internal.expr.tree.Variable;
import java.lang.invoke.MethodHandle;
import java.util.List;
import net.bytebuddy.jar.asm.Type;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ExpressionEmitter conversions")
class ConversionEmitTests {

    private static final List<Type> NUMERIC = List.of(B, S, C, I, J, F, D);

    /** Edge values of each numeric type, boxed as that type. */
    private static List<Object> samples(Type type) {
        return switch (type.getSort()) {
            case Type.BYTE -> List.of(Byte.MIN_VALUE, (byte) -1, (byte) 0, (byte) 1, Byte.MAX_VALUE);
            case Type.SHORT -> List.of(Short.MIN_VALUE, (short) -129, (short) -1, (short) 0, (short) 128,
                    Short.MAX_VALUE);
            case Type.CHAR -> List.of((char) 0, (char) 0x7f, (char) 0x80, (char) 0xff, (char) 0x100, (char) 0x7fff,
                    (char) 0x8000, (char) 0xffff);
            case Type.INT -> List.of(Integer.MIN_VALUE, -65536, -32769, -129, -1, 0, 127, 128, 255, 65535, 65536,
                    16777217, Integer.MAX_VALUE);
            case Type.LONG -> List.of(Long.MIN_VALUE, (long) Integer.MIN_VALUE - 1, -1L, 0L, 65535L, 65536L,
                    (long) Integer.MAX_VALUE + 1, 9007199254740993L, Long.MAX_VALUE);
            case Type.FLOAT -> List.of(Float.NaN, Float.NEGATIVE_INFINITY, -1e20f, -2.5f, -0f, 0f, 0.9f, 65535.7f,
                    3e9f, Float.MAX_VALUE, Float.POSITIVE_INFINITY);
            default -> List.of(Double.NaN, Double.NEGATIVE_INFINITY, -1e300, -2.5, -0d, 0d, 0.9, 65535.7, 3e9, 1e19,
                    Double.MIN_VALUE, Double.MAX_VALUE, Double.POSITIVE_INFINITY);
        };
    }

    @Test
    @DisplayName("should convert between every pair of numeric types as a Java cast does (widening, narrowing, both)")
    void everyPrimitivePair() throws Throwable {
        for (Type from : NUMERIC) {
            for (Type to : NUMERIC) {
                Variable value = parameter(0, from);
                MethodHandle emitted = Emitted.value(Host.lookup(), primitive(var(value), to), value);
                for (Object sample : samples(from)) {
                    assertThat(emitted.invoke(sample)).as("(%s) %s %s", to.getClassName(), from.getClassName(), sample)
                            .isEqualTo(cast(sample, to.getSort()));
                }
            }
        }
    }

    @Test
    @DisplayName("should box with valueOf and unbox with the wrapper's own xxxValue")
    void boxing() throws Throwable {
        for (Type type : List.of(Z, B, S, C, I, J, F, D)) {
            Variable value = parameter(0, type);
            Type wrapper = Type.getType(boxed(type));
            MethodHandle roundTrip = Emitted.value(Host.lookup(),
                    convert(Conversion.UNBOX, convert(Conversion.BOX, var(value), wrapper), type), value);
            MethodHandle boxed = Emitted.value(Host.lookup(), convert(Conversion.BOX, var(value), wrapper), value);
            List<Object> samples = type == Z ? List.of(true, false) : samples(type);
            for (Object sample : samples) {
                assertThat(roundTrip.invoke(sample)).isEqualTo(sample);
                assertThat(boxed.invoke(sample)).isInstanceOf(boxed(type)).isEqualTo(sample);
            }
        }
        Variable small = parameter(0, I);
        MethodHandle cached = Emitted.value(Host.lookup(), convert(Conversion.BOX, var(small), INTEGER), small);
        assertThat(cached.invoke(127)).isSameAs(Integer.valueOf(127));
    }

    @Test
    @DisplayName("should throw NullPointerException when unboxing null, as Java does")
    void unboxingNull() {
        Variable boxed = parameter(0, INTEGER);
        MethodHandle unbox = Emitted.value(Host.lookup(), convert(Conversion.UNBOX, var(boxed), I), boxed);
        assertThatThrownBy(() -> unbox.invoke((Integer) null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    @DisplayName("should unbox and widen in one conversion, as long l = anInteger does")
    void unboxAndWiden() throws Throwable {
        Variable boxed = parameter(0, INTEGER);
        Variable character = parameter(0, Type.getType(Character.class));
        MethodHandle toLong = Emitted.value(Host.lookup(), convert(Conversion.UNBOX, var(boxed), J), boxed);
        MethodHandle toDouble = Emitted.value(Host.lookup(), convert(Conversion.UNBOX, var(character), D), character);
        Integer input = -5;
        long widened = input;
        Character letter = 'A';
        double code = letter;
        assertThat((long) toLong.invoke(input)).isEqualTo(widened);
        assertThat((double) toDouble.invoke(letter)).isEqualTo(code);
    }

    @Test
    @DisplayName("should unbox an Object by casting it to the wrapper first, throwing ClassCastException on another type")
    void unboxObject() throws Throwable {
        Variable object = parameter(0, OBJECT);
        MethodHandle unbox = Emitted.value(Host.lookup(), convert(Conversion.UNBOX, var(object), I), object);
        assertThat((int) unbox.invoke((Object) 42)).isEqualTo(42);
        assertThatThrownBy(() -> unbox.invoke((Object) "42")).isInstanceOf(ClassCastException.class);
    }

    @Test
    @DisplayName("should check a reference cast, letting null through and rejecting another class")
    void checkcast() throws Throwable {
        Variable object = parameter(0, OBJECT);
        MethodHandle cast = Emitted.value(Host.lookup(), convert(Conversion.CHECKCAST, var(object), STRING), object);
        MethodHandle arrayCast = Emitted.value(Host.lookup(),
                convert(Conversion.CHECKCAST, var(object), Type.getType(int[].class)), object);
        assertThat(cast.invoke((Object) "text")).isEqualTo("text");
        assertThat(cast.invoke((Object) null)).isNull();
        assertThatThrownBy(() -> cast.invoke((Object) 1)).isInstanceOf(ClassCastException.class);
        assertThat((int[]) arrayCast.invoke((Object) new int[] {3})).containsExactly(3);
        assertThatThrownBy(() -> arrayCast.invoke((Object) new long[0])).isInstanceOf(ClassCastException.class);
    }

    private static Class<?> boxed(Type type) {
        return switch (type.getSort()) {
            case Type.BOOLEAN -> Boolean.class;
            case Type.BYTE -> Byte.class;
            case Type.SHORT -> Short.class;
            case Type.CHAR -> Character.class;
            case Type.INT -> Integer.class;
            case Type.LONG -> Long.class;
            case Type.FLOAT -> Float.class;
            default -> Double.class;
        };
    }

    /** The Java cast of a boxed number to the primitive of {@code sort}, boxed again. */
    private static Object cast(Object value, int sort) {
        if (value instanceof Character c) {
            char x = c;
            return switch (sort) {
                case Type.BYTE -> (Object) (byte) x;
                case Type.SHORT -> (Object) (short) x;
                case Type.CHAR -> (Object) x;
                case Type.INT -> (Object) (int) x;
                case Type.LONG -> (Object) (long) x;
                case Type.FLOAT -> (Object) (float) x;
                default -> (Object) (double) x;
            };
        }
        if (value instanceof Byte || value instanceof Short || value instanceof Integer) {
            int x = ((Number) value).intValue();
            return switch (sort) {
                case Type.BYTE -> (Object) (byte) x;
                case Type.SHORT -> (Object) (short) x;
                case Type.CHAR -> (Object) (char) x;
                case Type.INT -> (Object) x;
                case Type.LONG -> (Object) (long) x;
                case Type.FLOAT -> (Object) (float) x;
                default -> (Object) (double) x;
            };
        }
        if (value instanceof Long l) {
            long x = l;
            return switch (sort) {
                case Type.BYTE -> (Object) (byte) x;
                case Type.SHORT -> (Object) (short) x;
                case Type.CHAR -> (Object) (char) x;
                case Type.INT -> (Object) (int) x;
                case Type.LONG -> (Object) x;
                case Type.FLOAT -> (Object) (float) x;
                default -> (Object) (double) x;
            };
        }
        if (value instanceof Float f) {
            float x = f;
            return switch (sort) {
                case Type.BYTE -> (Object) (byte) x;
                case Type.SHORT -> (Object) (short) x;
                case Type.CHAR -> (Object) (char) x;
                case Type.INT -> (Object) (int) x;
                case Type.LONG -> (Object) (long) x;
                case Type.FLOAT -> (Object) x;
                default -> (Object) (double) x;
            };
        }
        double x = (Double) value;
        return switch (sort) {
            case Type.BYTE -> (Object) (byte) x;
            case Type.SHORT -> (Object) (short) x;
            case Type.CHAR -> (Object) (char) x;
            case Type.INT -> (Object) (int) x;
            case Type.LONG -> (Object) (long) x;
            case Type.FLOAT -> (Object) (float) x;
            default -> (Object) x;
        };
    }
}
