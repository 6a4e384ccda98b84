package dev.invariants.junit.internal.expr.emit;

import static dev.invariants.junit.internal.expr.emit.Trees.D;
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
import static dev.invariants.junit.internal.expr.emit.Trees.local;
import static dev.invariants.junit.internal.expr.emit.Trees.parameter;
import static dev.invariants.junit.internal.expr.emit.Trees.primitive;
import static dev.invariants.junit.internal.expr.emit.Trees.self;
import static dev.invariants.junit.internal.expr.emit.Trees.var;
import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.junit.internal.expr.tree.FieldRef;
import dev.invariants.junit.internal.expr.tree.MethodRef;
import dev.invariants.junit.internal.expr.tree.MethodRef.Invocation;
import dev.invariants.junit.internal.expr.tree.Typed;
import dev.invariants.junit.internal.expr.tree.Typed.BinaryOp;
import dev.invariants.junit.internal.expr.tree.Typed.Conversion;
import dev.invariants.junit.internal.expr.tree.Variable;
import java.lang.invoke.MethodHandle;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import net.bytebuddy.jar.asm.Type;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ExpressionEmitter lambdas")
class LambdaEmitTests {

    private static Typed call(Typed target, Class<?> functional, String name, String descriptor, Type type,
            Typed... arguments) {
        return new Typed.Invoke(target, new MethodRef(Type.getInternalName(functional), name, descriptor,
                Invocation.INTERFACE, true, true), List.of(arguments), type);
    }

    private static Typed lambda(Class<?> functional, String method, String erased, String instantiated, Typed body,
            Variable... parameters) {
        return new Typed.Lambda(Type.getType(functional), method, erased, instantiated, List.of(parameters), body);
    }

    @Test
    @DisplayName("should capture a parameter: ((IntPredicate) x -> x > limit).test(value)")
    void capturesParameter() throws Throwable {
        Variable limit = parameter(0, I);
        Variable value = parameter(1, I);
        Variable x = local(0, I);
        Typed predicate = lambda(IntPredicate.class, "test", "(I)Z", "(I)Z", compare(BinaryOp.GREATER, var(x), var(limit)), x);
        MethodHandle test = Emitted.value(Host.lookup(), call(predicate, IntPredicate.class, "test", "(I)Z", Z, var(value)),
                limit, value);
        for (int[] each : new int[][] {{3, 4}, {4, 4}, {Integer.MIN_VALUE, Integer.MAX_VALUE}}) {
            IntPredicate java = v -> v > each[0];
            assertThat((boolean) test.invoke(each[0], each[1])).isEqualTo(java.test(each[1]));
        }
    }

    @Test
    @DisplayName("should capture this: ((Supplier<String>) () -> this.name).get(), cast back from Object")
    void capturesThis() throws Throwable {
        Variable self = self(Host.class);
        Typed name = new Typed.GetField(var(self), new FieldRef(Type.getInternalName(Host.class), "name",
                "Ljava/lang/String;", false, true), STRING);
        Typed supplier = lambda(Supplier.class, "get", "()Ljava/lang/Object;", "()Ljava/lang/String;", name);
        Typed length = new Typed.Invoke(call(supplier, Supplier.class, "get", "()Ljava/lang/Object;", STRING),
                new MethodRef("java/lang/String", "length", "()I", Invocation.VIRTUAL, false, true), List.of(), I);
        MethodHandle emitted = Emitted.value(Host.lookup(), length, self);
        Host host = new Host("seven!!", 0);
        Supplier<String> java = () -> host.name;
        assertThat((int) emitted.invoke(host)).isEqualTo(java.get().length());
    }

    @Test
    @DisplayName("should let LambdaMetafactory cast and unbox between the erased and the instantiated descriptor")
    void erasedToInstantiated() throws Throwable {
        Variable limit = parameter(0, I);
        Variable boxed = parameter(1, OBJECT);
        Variable x = local(0, INTEGER);
        // ((Predicate<Integer>) x -> x > limit).test(boxed)
        Typed predicate = lambda(Predicate.class, "test", "(Ljava/lang/Object;)Z", "(Ljava/lang/Integer;)Z",
                compare(BinaryOp.GREATER, convert(Conversion.UNBOX, var(x), I), var(limit)), x);
        MethodHandle test = Emitted.value(Host.lookup(),
                call(predicate, Predicate.class, "test", "(Ljava/lang/Object;)Z", Z, var(boxed)), limit, boxed);
        Predicate<Integer> java = v -> v > 10;
        assertThat((boolean) test.invoke(10, (Object) 11)).isEqualTo(java.test(11));
        assertThat((boolean) test.invoke(10, (Object) 10)).isEqualTo(java.test(10));
        assertThat(Outcome.of(() -> test.invoke(10, (Object) "11"))).isEqualTo(ClassCastException.class);
    }

    @Test
    @DisplayName("should nest lambdas, the inner one capturing the outer one's parameter and the method's")
    void nested() throws Throwable {
        Variable offset = parameter(0, I);
        Variable start = parameter(1, INTEGER);
        Variable x = local(0, INTEGER);
        // Host.apply((Function<Integer, IntSupplier>) x -> () -> x + offset, start).getAsInt()
        Typed inner = lambda(IntSupplier.class, "getAsInt", "()I", "()I",
                binary(BinaryOp.ADD, convert(Conversion.UNBOX, var(x), I), var(offset), I));
        Typed outer = lambda(Function.class, "apply", "(Ljava/lang/Object;)Ljava/lang/Object;",
                "(Ljava/lang/Integer;)Ljava/util/function/IntSupplier;", inner, x);
        Typed applied = new Typed.Invoke(null, new MethodRef(Type.getInternalName(Host.class), "apply",
                "(Ljava/util/function/Function;Ljava/lang/Object;)Ljava/lang/Object;", Invocation.STATIC, false, true),
                List.of(outer, var(start)), Type.getType(IntSupplier.class));
        MethodHandle emitted = Emitted.value(Host.lookup(), call(applied, IntSupplier.class, "getAsInt", "()I", I),
                offset, start);
        Function<Integer, IntSupplier> java = v -> () -> v + 7;
        assertThat((int) emitted.invoke(7, (Integer) 35)).isEqualTo(Host.apply(java, 35).getAsInt());
    }

    @Test
    @DisplayName("should capture two-slot values and keep a pattern binding inside the body")
    void wideCapturesAndBindings() throws Throwable {
        Variable big = parameter(0, J);
        Variable ratio = parameter(1, D);
        // ((LongSupplier) () -> big + (long) ratio).getAsLong()
        Typed sum = lambda(LongSupplier.class, "getAsLong", "()J", "()J",
                binary(BinaryOp.ADD, var(big), primitive(var(ratio), J), J));
        MethodHandle added = Emitted.value(Host.lookup(), call(sum, LongSupplier.class, "getAsLong", "()J", J), big, ratio);
        assertThat((long) added.invoke(Long.MAX_VALUE - 5, 2.9)).isEqualTo(Long.MAX_VALUE - 5 + (long) 2.9);

        Variable object = parameter(0, OBJECT);
        Variable o = local(0, OBJECT);
        Variable s = local(1, STRING);
        // ((Predicate<Object>) o -> o instanceof String s && s.isEmpty()).test(object)
        Typed isEmpty = new Typed.Invoke(var(s), new MethodRef("java/lang/String", "isEmpty", "()Z",
                Invocation.VIRTUAL, false, true), List.of(), Z);
        Typed predicate = lambda(Predicate.class, "test", "(Ljava/lang/Object;)Z", "(Ljava/lang/Object;)Z",
                binary(BinaryOp.CONDITIONAL_AND, new Typed.InstanceOf(var(o), STRING, s), isEmpty, Z), o);
        MethodHandle test = Emitted.value(Host.lookup(),
                call(predicate, Predicate.class, "test", "(Ljava/lang/Object;)Z", Z, var(object)), object);
        Predicate<Object> java = v -> v instanceof String text && text.isEmpty();
        for (Object each : new Object[] {"", "x", 0, null}) {
            assertThat((boolean) test.invoke(each)).as("for %s", each).isEqualTo(java.test(each));
        }
    }

    @Test
    @DisplayName("should discard the body's value in a lambda of a void method")
    void voidBody() throws Throwable {
        Variable builder = parameter(0, Type.getType(StringBuilder.class));
        Typed append = new Typed.Invoke(var(builder), new MethodRef("java/lang/StringBuilder", "append",
                "(I)Ljava/lang/StringBuilder;", Invocation.VIRTUAL, false, true), List.of(constant(42, I)),
                Type.getType(StringBuilder.class));
        Typed runnable = lambda(Runnable.class, "run", "()V", "()V", append);
        MethodHandle run = Emitted.value(Host.lookup(),
                call(runnable, Runnable.class, "run", "()V", Type.VOID_TYPE), builder);
        StringBuilder emitted = new StringBuilder("x");
        StringBuilder java = new StringBuilder("x");
        run.invoke(emitted);
        Runnable same = () -> java.append(42);
        same.run();
        assertThat(emitted.toString()).isEqualTo(java.toString());
    }
}
