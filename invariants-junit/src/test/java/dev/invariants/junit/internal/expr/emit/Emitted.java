package dev.invariants.junit.internal.expr.emit;

import dev.invariants.junit.internal.expr.tree.Typed;
import dev.invariants.junit.internal.expr.tree.Variable;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Test harness: one typed tree emitted as the body of {@code static run(parameters...)} in a class
 * defined as a hidden nestmate of a fixture, and handed back as a method handle.
 */
final class Emitted {

    private static final AtomicInteger COUNT = new AtomicInteger();

    private Emitted() {}

    /** {@code (parameters) -> expression}, returning the expression's own type. */
    static MethodHandle value(MethodHandles.Lookup host, Typed expression, Variable... parameters) {
        return define(host, expression.type(), parameters, (emitter, method, slots) -> {
            emitter.value(method, expression, slots);
            method.visitInsn(expression.type().getOpcode(Opcodes.IRETURN));
        });
    }

    /** {@code (parameters) -> expression} through {@link ExpressionEmitter#branch}: returns whether it jumped. */
    static MethodHandle branch(MethodHandles.Lookup host, Typed expression, boolean jumpWhen, Variable... parameters) {
        return define(host, Type.BOOLEAN_TYPE, parameters, (emitter, method, slots) -> {
            Label jumped = new Label();
            emitter.branch(method, expression, jumpWhen, jumped, slots);
            method.visitInsn(Opcodes.ICONST_0);
            method.visitInsn(Opcodes.IRETURN);
            method.visitLabel(jumped);
            method.visitInsn(Opcodes.ICONST_1);
            method.visitInsn(Opcodes.IRETURN);
        });
    }

    /** The value of the expression as a {@code boolean}, computed by the branch form with the given jump sense. */
    static boolean branchValue(MethodHandle branch, boolean jumpWhen, Object... arguments) throws Throwable {
        boolean jumped = (boolean) branch.invokeWithArguments(arguments);
        return jumped == jumpWhen;
    }

    interface Body {
        void write(ExpressionEmitter emitter, MethodVisitor method, Slots slots);
    }

    static MethodHandle define(MethodHandles.Lookup host, Type returned, Variable[] parameters, Body body) {
        String name = Type.getInternalName(host.lookupClass()) + "$Emitted" + COUNT.incrementAndGet();
        FrameWriter writer = new FrameWriter(host.lookupClass().getClassLoader());
        writer.visit(Opcodes.V17, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, name, null, "java/lang/Object", null);
        Type[] types = new Type[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            types[i] = parameters[i].type();
        }
        String descriptor = Type.getMethodDescriptor(returned, types);
        MethodVisitor method = writer.visitMethod(Opcodes.ACC_STATIC, "run", descriptor, null, null);
        method.visitCode();
        ExpressionEmitter emitter = new ExpressionEmitter(writer, name);
        body.write(emitter, method, new ParameterSlots(parameters));
        method.visitMaxs(0, 0);
        method.visitEnd();
        emitter.finish();
        writer.visitEnd();
        try {
            MethodHandles.Lookup hidden = host.defineHiddenClass(writer.toByteArray(), true,
                    MethodHandles.Lookup.ClassOption.NESTMATE);
            return hidden.findStatic(hidden.lookupClass(), "run", methodType(host, returned, types));
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static MethodType methodType(MethodHandles.Lookup host, Type returned, Type[] parameters)
            throws ClassNotFoundException {
        List<Class<?>> classes = new ArrayList<>();
        for (Type each : parameters) {
            classes.add(classOf(host, each));
        }
        return MethodType.methodType(classOf(host, returned), classes);
    }

    static Class<?> classOf(MethodHandles.Lookup host, Type type) throws ClassNotFoundException {
        return switch (type.getSort()) {
            case Type.VOID -> void.class;
            case Type.BOOLEAN -> boolean.class;
            case Type.CHAR -> char.class;
            case Type.BYTE -> byte.class;
            case Type.SHORT -> short.class;
            case Type.INT -> int.class;
            case Type.LONG -> long.class;
            case Type.FLOAT -> float.class;
            case Type.DOUBLE -> double.class;
            case Type.ARRAY -> Class.forName(type.getDescriptor().replace('/', '.'), false,
                    host.lookupClass().getClassLoader());
            default -> Class.forName(type.getClassName(), false, host.lookupClass().getClassLoader());
        };
    }

    /** The method's parameters in order, {@code this} included when listed; fresh slots after them. */
    private static final class ParameterSlots implements Slots {
        private final Variable[] parameters;
        private final int[] slots;
        private int next;

        ParameterSlots(Variable[] parameters) {
            this.parameters = parameters;
            this.slots = new int[parameters.length];
            for (int i = 0; i < parameters.length; i++) {
                slots[i] = next;
                next += parameters[i].type().getSize();
            }
        }

        @Override
        public int slot(Variable variable) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i].kind() == variable.kind() && parameters[i].index() == variable.index()) {
                    return slots[i];
                }
            }
            throw new AssertionError("not a parameter of the test method: " + variable);
        }

        @Override
        public int allocate(int size) {
            int slot = next;
            next += size;
            return slot;
        }
    }
}
