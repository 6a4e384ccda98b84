package dev.invariants.junit.internal.expr.emit;

import static dev.invariants.junit.internal.expr.emit.Trees.C;
import static dev.invariants.junit.internal.expr.emit.Trees.D;
import static dev.invariants.junit.internal.expr.emit.Trees.F;
import static dev.invariants.junit.internal.expr.emit.Trees.I;
import static dev.invariants.junit.internal.expr.emit.Trees.J;
import static dev.invariants.junit.internal.expr.emit.Trees.OBJECT;
import static dev.invariants.junit.internal.expr.emit.Trees.STRING;
import static dev.invariants.junit.internal.expr.emit.Trees.Z;
import static dev.invariants.junit.internal.expr.emit.Trees.constant;
import static dev.invariants.junit.internal.expr.emit.Trees.parameter;
import static dev.invariants.junit.internal.expr.emit.Trees.var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.invariants.junit.internal.expr.tree.FieldRef;
import dev.invariants.junit.internal.expr.tree.MethodRef;
import dev.invariants.junit.internal.expr.tree.MethodRef.Invocation;
import dev.invariants.junit.internal.expr.tree.Typed;
import dev.invariants.junit.internal.expr.tree.Variable;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;
import net.bytebuddy.jar.asm.Type;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("ExpressionEmitter objects, members and arrays")
class ObjectEmitTests {

    static final Type HOST = Type.getType(Host.class);
    static final Type LIST = Type.getType(List.class);
    static final String HOST_NAME = HOST.getInternalName();

    private static Object valueOf(Typed expression) throws Throwable {
        return Emitted.value(Host.lookup(), expression).invoke();
    }

    @Nested
    @DisplayName("constants and literals")
    class Constants {

        @Test
        @DisplayName("should push every constant with its exact value, at each instruction's bounds")
        void constants() throws Throwable {
            for (int each : new int[] {-129, -128, -2, -1, 0, 5, 6, 127, 128, -32769, -32768, 32767, 32768,
                    Integer.MIN_VALUE, Integer.MAX_VALUE}) {
                assertThat(valueOf(constant(each, I))).isEqualTo(each);
            }
            for (long each : new long[] {Long.MIN_VALUE, -1, 0, 1, 2, Long.MAX_VALUE}) {
                assertThat(valueOf(constant(each, J))).isEqualTo(each);
            }
            for (float each : new float[] {-0f, 0f, 1f, 2f, 3f, Float.NaN, Float.MIN_VALUE, Float.NEGATIVE_INFINITY}) {
                assertThat(valueOf(constant(each, F))).isEqualTo(each);
            }
            for (double each : new double[] {-0d, 0d, 1d, 2d, Double.NaN, Double.MIN_VALUE, Double.MAX_VALUE}) {
                assertThat(valueOf(constant(each, D))).isEqualTo(each);
            }
            assertThat(valueOf(constant(1, Z))).isEqualTo(true);
            assertThat(valueOf(constant(0, Z))).isEqualTo(false);
            assertThat(valueOf(constant((int) '\uffff', C))).isEqualTo('\uffff');
            assertThat(valueOf(constant("text", STRING))).isEqualTo("text");
            assertThat(valueOf(constant(null, STRING))).isNull();
        }

        @Test
        @DisplayName("should load class literals, primitive ones from the wrapper's TYPE")
        void classLiterals() throws Throwable {
            for (Class<?> each : List.of(int.class, void.class, boolean.class, double.class, String.class,
                    int[].class, String[][].class, Host.class)) {
                assertThat(valueOf(new Typed.ClassLiteral(Type.getType(each)))).isSameAs(each);
            }
        }
    }

    @Nested
    @DisplayName("members")
    class Members {

        private final Variable host = parameter(0, HOST);

        @Test
        @DisplayName("should read instance, static and (nestmate) private fields, and throw NPE on a null target")
        void fields() throws Throwable {
            Host fixture = new Host("ann", 7);
            MethodHandle name = Emitted.value(Host.lookup(), new Typed.GetField(var(host),
                    new FieldRef(HOST_NAME, "name", "Ljava/lang/String;", false, true), STRING), host);
            MethodHandle secret = Emitted.value(Host.lookup(), new Typed.GetField(var(host),
                    new FieldRef(HOST_NAME, "secret", "I", false, true), I), host);
            MethodHandle counter = Emitted.value(Host.lookup(), new Typed.GetField(null,
                    new FieldRef(HOST_NAME, "counter", "I", true, true), I));
            assertThat(name.invoke(fixture)).isEqualTo(fixture.name);
            assertThat((int) secret.invoke(fixture)).isEqualTo(7);
            assertThat((int) counter.invoke()).isEqualTo(Host.counter);
            assertThatThrownBy(() -> name.invoke((Host) null)).isInstanceOf(NullPointerException.class);
        }

        @Test
        @DisplayName("should call virtual, interface and static methods")
        void invocations() throws Throwable {
            Host fixture = new Host("bob", 1);
            MethodHandle twice = Emitted.value(Host.lookup(), new Typed.Invoke(var(host),
                    new MethodRef(HOST_NAME, "twice", "(I)I", Invocation.VIRTUAL, false, true),
                    List.of(constant(21, I)), I), host);
            Typed names = new Typed.GetField(var(host), new FieldRef(HOST_NAME, "names", "Ljava/util/List;", false, true),
                    LIST);
            MethodHandle size = Emitted.value(Host.lookup(), new Typed.Invoke(names,
                    new MethodRef("java/util/List", "size", "()I", Invocation.INTERFACE, true, true), List.of(), I), host);
            MethodHandle max = Emitted.value(Host.lookup(), new Typed.Invoke(null,
                    new MethodRef("java/lang/Math", "max", "(JJ)J", Invocation.STATIC, false, true),
                    List.of(constant(-3L, J), constant(-9L, J)), J));
            assertThat((int) twice.invoke(fixture)).isEqualTo(fixture.twice(21));
            assertThat((int) size.invoke(fixture)).isEqualTo(fixture.names.size());
            assertThat((long) max.invoke()).isEqualTo(Math.max(-3L, -9L));
        }

        @Test
        @DisplayName("should cast the result of a generic call to the type the caller sees, failing as Java does on heap pollution")
        void genericCall() throws Throwable {
            Variable list = parameter(0, LIST);
            // Host.first(list).length(): without the cast the verifier rejects length() on an Object
            Typed first = new Typed.Invoke(null, new MethodRef(HOST_NAME, "first", "(Ljava/util/List;)Ljava/lang/Object;",
                    Invocation.STATIC, false, true), List.of(var(list)), STRING);
            MethodHandle length = Emitted.value(Host.lookup(), new Typed.Invoke(first,
                    new MethodRef("java/lang/String", "length", "()I", Invocation.VIRTUAL, false, true), List.of(), I),
                    list);
            assertThat((int) length.invoke(List.of("four"))).isEqualTo(Host.first(List.of("four")).length());
            @SuppressWarnings({"unchecked", "rawtypes"})
            List<String> polluted = (List) List.of(4);
            assertThat(Outcome.of(() -> length.invoke(polluted)))
                    .isEqualTo(Outcome.of(() -> Host.first(polluted).length()))
                    .isEqualTo(ClassCastException.class);
        }

        @Test
        @DisplayName("should create instances with new, dup and the constructor")
        void newInstance() throws Throwable {
            Type builder = Type.getType(StringBuilder.class);
            Typed created = new Typed.NewInstance(new MethodRef("java/lang/StringBuilder", "<init>",
                    "(Ljava/lang/String;)V", Invocation.SPECIAL, false, true), List.of(constant("abc", STRING)), builder);
            Typed reversed = new Typed.Invoke(created, new MethodRef("java/lang/StringBuilder", "reverse",
                    "()Ljava/lang/StringBuilder;", Invocation.VIRTUAL, false, true), List.of(), builder);
            Typed text = new Typed.Invoke(reversed, new MethodRef("java/lang/StringBuilder", "toString",
                    "()Ljava/lang/String;", Invocation.VIRTUAL, false, true), List.of(), STRING);
            assertThat(valueOf(text)).isEqualTo(new StringBuilder("abc").reverse().toString());
        }
    }

    @Nested
    @DisplayName("arrays")
    class Arrays {

        private final Variable index = parameter(0, I);

        @Test
        @DisplayName("should create arrays from an initializer and load elements by their component type")
        void initializers() throws Throwable {
            Typed bytes = new Typed.NewArray(Type.getType(byte[].class), List.of(),
                    List.of(constant(-128, Type.BYTE_TYPE), constant(127, Type.BYTE_TYPE)));
            Typed chars = new Typed.NewArray(Type.getType(char[].class), List.of(), List.of(constant((int) 'q', C)));
            Typed strings = new Typed.NewArray(Type.getType(String[].class), List.of(),
                    List.of(constant("a", STRING), constant(null, STRING)));
            Typed longs = new Typed.NewArray(Type.getType(long[][].class), List.of(), List.of(
                    new Typed.NewArray(Type.getType(long[].class), List.of(), List.of(constant(1L, J))),
                    new Typed.NewArray(Type.getType(long[].class), List.of(), List.of(constant(2L, J), constant(3L, J)))));
            MethodHandle byteAt = Emitted.value(Host.lookup(), new Typed.ArrayGet(bytes, var(index), Type.BYTE_TYPE), index);
            MethodHandle charAt = Emitted.value(Host.lookup(), new Typed.ArrayGet(chars, var(index), C), index);
            MethodHandle stringAt = Emitted.value(Host.lookup(), new Typed.ArrayGet(strings, var(index), STRING), index);
            Typed row = new Typed.ArrayGet(longs, constant(1, I), Type.getType(long[].class));
            MethodHandle longAt = Emitted.value(Host.lookup(), new Typed.ArrayGet(row, var(index), J), index);
            byte[] javaBytes = {-128, 127};
            long[][] javaLongs = {{1L}, {2L, 3L}};
            assertThat((byte) byteAt.invoke(0)).isEqualTo(javaBytes[0]);
            assertThat((byte) byteAt.invoke(1)).isEqualTo(javaBytes[1]);
            assertThat((char) charAt.invoke(0)).isEqualTo('q');
            assertThat(stringAt.invoke(1)).isNull();
            assertThat((long) longAt.invoke(1)).isEqualTo(javaLongs[1][1]);
            assertThatThrownBy(() -> byteAt.invoke(2)).isInstanceOf(ArrayIndexOutOfBoundsException.class);
            assertThatThrownBy(() -> stringAt.invoke(-1)).isInstanceOf(ArrayIndexOutOfBoundsException.class);
        }

        @Test
        @DisplayName("should create sized arrays, one or many dimensions, and read their lengths")
        void dimensions() throws Throwable {
            Variable n = parameter(0, I);
            MethodHandle booleans = Emitted.value(Host.lookup(), new Typed.NewArray(Type.getType(boolean[].class),
                    List.of(var(n)), null), n);
            Typed grid = new Typed.NewArray(Type.getType(String[][].class), List.of(var(n), constant(3, I)), null);
            MethodHandle rowLength = Emitted.value(Host.lookup(),
                    new Typed.ArrayLength(new Typed.ArrayGet(grid, constant(0, I), Type.getType(String[].class))), n);
            MethodHandle gridLength = Emitted.value(Host.lookup(), new Typed.ArrayLength(grid), n);
            assertThat((boolean[]) booleans.invoke(4)).containsExactly(new boolean[4]);
            assertThat((int) rowLength.invoke(2)).isEqualTo((new String[2][3])[0].length);
            assertThat((int) gridLength.invoke(2)).isEqualTo(new String[2][3].length);
            assertThatThrownBy(() -> booleans.invoke(-1)).isInstanceOf(NegativeArraySizeException.class);
            Variable array = parameter(0, Type.getType(int[].class));
            MethodHandle length = Emitted.value(Host.lookup(), new Typed.ArrayLength(var(array)), array);
            assertThatThrownBy(() -> length.invoke((int[]) null)).isInstanceOf(NullPointerException.class);
        }
    }

    @Nested
    @DisplayName("concatenation")
    class Concatenation {

        @Test
        @DisplayName("should append every part with the overload Java picks, char[] as an Object")
        void everyPartType() throws Throwable {
            char[] letters = {'h', 'i'};
            StringBuilder sequence = new StringBuilder("sb");
            Object[] arguments = {"s", null, true, 'c', (byte) -1, (short) 300, -7, Long.MIN_VALUE, -0f, Double.NaN,
                    128, null, letters, sequence};
            Type[] types = {STRING, STRING, Z, C, Type.BYTE_TYPE, Type.SHORT_TYPE, I, J, F, D, OBJECT, OBJECT,
                    Type.getType(char[].class), Type.getType(CharSequence.class)};
            Variable[] parameters = new Variable[types.length];
            List<Typed> parts = new ArrayList<>();
            parts.add(constant("<", STRING));
            for (int i = 0; i < types.length; i++) {
                parameters[i] = parameter(i, types[i]);
                parts.add(var(parameters[i]));
            }
            MethodHandle concat = Emitted.value(Host.lookup(), new Typed.Concat(parts), parameters);
            String nothing = null;
            Object none = null;
            Object boxed = 128;
            CharSequence chars = sequence;
            String expected = "<" + "s" + nothing + true + 'c' + (byte) -1 + (short) 300 + -7 + Long.MIN_VALUE + -0f
                    + Double.NaN + boxed + none + letters + chars;
            assertThat(concat.invokeWithArguments(arguments)).isEqualTo(expected);
        }
    }

    @Nested
    @DisplayName("instanceof")
    class InstanceOf {

        private final Variable object = parameter(0, OBJECT);
        private final Variable s = Trees.local(0, STRING);
        private final Typed length = new Typed.Invoke(var(s),
                new MethodRef("java/lang/String", "length", "()I", Invocation.VIRTUAL, false, true), List.of(), I);

        @Test
        @DisplayName("should test a type without a binding, false for null")
        void plain() throws Throwable {
            MethodHandle test = Emitted.value(Host.lookup(), new Typed.InstanceOf(var(object), STRING, null), object);
            for (Object each : new Object[] {"x", 1, null}) {
                assertThat((boolean) test.invoke(each)).isEqualTo(each instanceof String);
            }
        }

        @Test
        @DisplayName("should bind the pattern variable where the test succeeded, in values and in both jump senses")
        void binding() throws Throwable {
            // o instanceof String s && s.length() > 2
            Typed test = Trees.binary(Typed.BinaryOp.CONDITIONAL_AND, new Typed.InstanceOf(var(object), STRING, s),
                    Trees.compare(Typed.BinaryOp.GREATER, length, constant(2, I)), Z);
            // !(o instanceof String s) ? -1 : s.length()
            Typed negated = new Typed.Conditional(new Typed.Unary(Typed.UnaryOp.NOT,
                    new Typed.InstanceOf(var(object), STRING, s), Z), constant(-1, I), length, I);
            MethodHandle value = Emitted.value(Host.lookup(), test, object);
            MethodHandle jumpTrue = Emitted.branch(Host.lookup(), test, true, object);
            MethodHandle jumpFalse = Emitted.branch(Host.lookup(), test, false, object);
            MethodHandle conditional = Emitted.value(Host.lookup(), negated, object);
            for (Object each : new Object[] {"abc", "ab", 12345, null}) {
                boolean expected = each instanceof String text && text.length() > 2;
                assertThat((boolean) value.invoke(each)).as("value for %s", each).isEqualTo(expected);
                assertThat(Emitted.branchValue(jumpTrue, true, each)).as("jump-when-true for %s", each).isEqualTo(expected);
                assertThat(Emitted.branchValue(jumpFalse, false, each)).as("jump-when-false for %s", each)
                        .isEqualTo(expected);
                assertThat((int) conditional.invoke(each)).isEqualTo(!(each instanceof String text) ? -1 : text.length());
            }
        }

        @Test
        @DisplayName("should evaluate a tested expression that is not a variable once")
        void testedOnce() throws Throwable {
            Variable list = parameter(0, LIST);
            // Host.first(list) instanceof String s ? s.length() : -1, first typed Object
            Typed first = new Typed.Invoke(null, new MethodRef(HOST_NAME, "first", "(Ljava/util/List;)Ljava/lang/Object;",
                    Invocation.STATIC, false, true), List.of(var(list)), OBJECT);
            MethodHandle test = Emitted.value(Host.lookup(), new Typed.Conditional(new Typed.InstanceOf(first, STRING, s),
                    length, constant(-1, I), I), list);
            assertThat((int) test.invoke(List.of("four"))).isEqualTo(4);
            assertThat((int) test.invoke(List.of(4))).isEqualTo(-1);
        }
    }
}
