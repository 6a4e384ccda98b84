package dev.invariants.junit.internal.expr;

import dev.invariants.junit.internal.expr.attr.Attributed;
import dev.invariants.junit.internal.expr.attr.Attributor;
import dev.invariants.junit.internal.expr.attr.Context;
import dev.invariants.junit.internal.expr.emit.ExpressionEmitter;
import dev.invariants.junit.internal.expr.emit.FrameWriter;
import dev.invariants.junit.internal.expr.emit.Instructions;
import dev.invariants.junit.internal.expr.emit.Slots;
import dev.invariants.junit.spi.syntax.ExpressionError;
import dev.invariants.junit.internal.expr.syntax.Parser;
import dev.invariants.junit.internal.expr.tree.Typed;
import dev.invariants.junit.internal.expr.tree.Variable;
import dev.invariants.junit.internal.expr.types.JavaType;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Compiles one expression on its own, in the context of a method of a loaded class, through the same
 * parser, attribution and emission as the checks: for tests that compare our compiler with javac, and
 * for tools. The expression sees what a {@code post} of {@code context} sees, without {@code result}
 * and {@code old}: the method's parameters by name, {@code this} and the class's members.
 */
public final class Standalone {

    private static final String METHOD = "value";

    /** One attributor per class compiled against: it caches what it reads of class files. */
    private static final ClassValue<Attributor> ATTRIBUTORS = new ClassValue<>() {
        @Override
        protected Attributor computeValue(Class<?> type) {
            return new Attributor(type.getClassLoader());
        }
    };

    private Standalone() {}

    /**
     * A handle taking {@code this} (unless {@code context} is static) and then {@code context}'s parameters,
     * returning the expression's value, boxed; it throws what the expression throws.
     *
     * @throws ExpressionError when the expression does not compile
     */
    public static MethodHandle compile(Method context, String expression) throws ExpressionError {
        Class<?> declaring = context.getDeclaringClass();
        String owner = Type.getInternalName(declaring);
        boolean isStatic = Modifier.isStatic(context.getModifiers());
        Context where = new Context(owner, owner, context.getName(), Type.getMethodDescriptor(context),
                parameterNames(context), isStatic, Context.Part.VALUE);
        Attributed attributed = ATTRIBUTORS.get(declaring).attribute(Parser.parse(expression), where);
        List<Class<?>> parameters = new ArrayList<>();
        if (!isStatic) {
            parameters.add(declaring);
        }
        parameters.addAll(List.of(context.getParameterTypes()));
        MethodType type = MethodType.methodType(Object.class, parameters);
        byte[] bytes = generate(owner + "$$InvariantsStandalone", declaring.getClassLoader(), type,
                attributed.expression(), isStatic);
        try {
            MethodHandles.Lookup hidden = MethodHandles.privateLookupIn(declaring, MethodHandles.lookup())
                    .defineHiddenClass(bytes, true, MethodHandles.Lookup.ClassOption.NESTMATE);
            return hidden.findStatic(hidden.lookupClass(), METHOD, type);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot define the class of " + expression + " in " + declaring.getName(), e);
        }
    }

    /**
     * Compiles {@code expression} as a static expression of {@code scope} (its static members, nested types,
     * package and imports visible) whose {@code names} are variables of {@code types}, generic types honoured.
     * The handle takes the values as one {@code Object[]} (primitives boxed) and returns the value, boxed.
     *
     * @throws ExpressionError when the expression does not compile
     */
    public static MethodHandle compileFree(Class<?> scope, String expression, List<String> names,
            List<java.lang.reflect.Type> types) throws ExpressionError {
        if (names.size() != types.size()) {
            throw new IllegalArgumentException(names.size() + " names for " + types.size() + " types");
        }
        String owner = Type.getInternalName(scope);
        Attributor attributor = ATTRIBUTORS.get(scope);
        List<JavaType> parameterTypes = new ArrayList<>();
        List<Class<?>> raw = new ArrayList<>();
        StringBuilder descriptor = new StringBuilder("(");
        for (java.lang.reflect.Type each : types) {
            parameterTypes.add(Reflected.type(attributor.model(), each));
            Class<?> erased = Reflected.erasure(each);
            raw.add(erased);
            descriptor.append(Type.getDescriptor(erased));
        }
        descriptor.append(")V");
        Context where = new Context(owner, owner, null, descriptor.toString(), List.copyOf(names), true,
                Context.Part.VALUE);
        Attributed attributed = attributor.attribute(Parser.parse(expression), where, expression, parameterTypes);
        MethodType type = MethodType.methodType(Object.class, raw);
        byte[] bytes = generate(owner + "$$InvariantsFree", scope.getClassLoader(), type, attributed.expression(), true);
        try {
            MethodHandles.Lookup hidden = MethodHandles.privateLookupIn(scope, MethodHandles.lookup())
                    .defineHiddenClass(bytes, true, MethodHandles.Lookup.ClassOption.NESTMATE);
            MethodHandle handle = hidden.findStatic(hidden.lookupClass(), METHOD, type);
            return handle.asSpreader(Object[].class, raw.size())
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot define the class of " + expression + " in " + scope.getName(), e);
        }
    }

    private static byte[] generate(String name, ClassLoader loader, MethodType type, Typed expression,
            boolean isStatic) {
        FrameWriter writer = new FrameWriter(loader);
        writer.visit(Opcodes.V17, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER | Opcodes.ACC_SYNTHETIC, name, null,
                "java/lang/Object", null);
        MethodVisitor method = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, METHOD,
                type.toMethodDescriptorString(), null, null);
        method.visitCode();
        ExpressionEmitter emitter = new ExpressionEmitter(writer, name);
        emitter.value(method, expression, new MethodSlots(type, isStatic));
        Type result = expression.type();
        if (result.getSort() >= Type.BOOLEAN && result.getSort() <= Type.DOUBLE) {
            Instructions.box(method, result);
        }
        method.visitInsn(Opcodes.ARETURN);
        method.visitMaxs(0, 0);
        method.visitEnd();
        emitter.finish();
        writer.visitEnd();
        return writer.toByteArray();
    }

    /** {@code this} in slot 0 unless static, then the parameters; what the emitter allocates after them. */
    private static final class MethodSlots implements Slots {
        private final int[] parameterSlots;
        private int next;

        MethodSlots(MethodType type, boolean isStatic) {
            int parameters = type.parameterCount() - (isStatic ? 0 : 1);
            parameterSlots = new int[parameters];
            next = isStatic ? 0 : 1;
            for (int i = 0; i < parameters; i++) {
                parameterSlots[i] = next;
                next += Type.getType(type.parameterType(i + (isStatic ? 0 : 1))).getSize();
            }
        }

        @Override
        public int slot(Variable variable) {
            return switch (variable.kind()) {
                case THIS -> 0;
                case PARAMETER -> parameterSlots[variable.index()];
                default -> throw new IllegalStateException("a standalone expression has no " + variable.name());
            };
        }

        @Override
        public int allocate(int size) {
            int slot = next;
            next += size;
            return slot;
        }
    }

    /** The names javac recorded: {@code -parameters}, else the local variable table, else {@code argN} as reflection says. */
    private static List<String> parameterNames(Method method) {
        Parameter[] parameters = method.getParameters();
        List<String> names = new ArrayList<>();
        if (parameters.length == 0 || parameters[0].isNamePresent()) {
            for (Parameter each : parameters) {
                names.add(each.getName());
            }
            return names;
        }
        Map<Integer, String> locals = localVariables(method);
        int slot = Modifier.isStatic(method.getModifiers()) ? 0 : 1;
        for (Parameter each : parameters) {
            names.add(locals.getOrDefault(slot, each.getName()));
            slot += Type.getType(each.getType()).getSize();
        }
        return names;
    }

    private static Map<Integer, String> localVariables(Method method) {
        Map<Integer, String> names = new HashMap<>();
        Class<?> declaring = method.getDeclaringClass();
        ClassLoader loader = declaring.getClassLoader() != null ? declaring.getClassLoader()
                : ClassLoader.getSystemClassLoader();
        String descriptor = Type.getMethodDescriptor(method);
        try (InputStream in = loader.getResourceAsStream(Type.getInternalName(declaring) + ".class")) {
            if (in == null) {
                return names;
            }
            new ClassReader(in.readAllBytes()).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String desc, String signature,
                        String[] exceptions) {
                    if (!name.equals(method.getName()) || !desc.equals(descriptor)) {
                        return null;
                    }
                    return new MethodVisitor(Opcodes.ASM9) {
                        @Override
                        public void visitLocalVariable(String local, String localDescriptor, String localSignature,
                                Label start, Label end, int index) {
                            names.putIfAbsent(index, local);
                        }
                    };
                }
            }, ClassReader.SKIP_FRAMES);
        } catch (IOException e) {
            return names;
        }
        return names;
    }
}
