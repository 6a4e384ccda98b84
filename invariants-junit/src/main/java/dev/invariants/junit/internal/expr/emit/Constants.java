package dev.invariants.junit.internal.expr.emit;

import dev.invariants.junit.internal.expr.tree.Typed;
import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/** Constants, class literals, array creation and string concatenation: the instructions javac picks for them. */
final class Constants {

    /**
     * {@code runtime.CheckSupport.metafactory} (to {@code runtime.LambdaBootstrap}), which takes
     * {@code LambdaMetafactory.metafactory}'s arguments; named as a string: {@code expr} imports nothing of the runtime.
     */
    static final Handle METAFACTORY = new Handle(Opcodes.H_INVOKESTATIC, "dev/invariants/junit/internal/runtime/CheckSupport",
            "metafactory", "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;"
                    + "Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodType;)"
                    + "Ljava/lang/invoke/CallSite;", false);

    private static final String BUILDER = "java/lang/StringBuilder";

    private Constants() {}

    static void push(MethodVisitor method, Typed.Constant constant) {
        Object value = constant.value();
        Type type = constant.type();
        if (value == null) {
            // The verifier's null type is assignable to every reference type, so no cast is needed.
            method.visitInsn(Opcodes.ACONST_NULL);
            return;
        }
        switch (type.getSort()) {
            case Type.BOOLEAN, Type.CHAR, Type.BYTE, Type.SHORT, Type.INT -> Instructions.pushInt(method, intValue(value));
            case Type.LONG -> {
                long number = ((Number) value).longValue();
                if (number == 0L || number == 1L) {
                    method.visitInsn(Opcodes.LCONST_0 + (int) number);
                } else {
                    method.visitLdcInsn(number);
                }
            }
            case Type.FLOAT -> {
                float number = ((Number) value).floatValue();
                // Bits, not ==: -0.0f == 0.0f, but fconst_0 pushes +0.0f.
                int bits = Float.floatToRawIntBits(number);
                if (bits == Float.floatToRawIntBits(0f) || number == 1f || number == 2f) {
                    method.visitInsn(Opcodes.FCONST_0 + (int) number);
                } else {
                    method.visitLdcInsn(number);
                }
            }
            case Type.DOUBLE -> {
                double number = ((Number) value).doubleValue();
                long bits = Double.doubleToRawLongBits(number);
                if (bits == Double.doubleToRawLongBits(0d) || number == 1d) {
                    method.visitInsn(Opcodes.DCONST_0 + (int) number);
                } else {
                    method.visitLdcInsn(number);
                }
            }
            default -> method.visitLdcInsn(value.toString());
        }
    }

    private static int intValue(Object value) {
        if (value instanceof Boolean bool) {
            return bool ? 1 : 0;
        }
        if (value instanceof Character character) {
            return character;
        }
        return ((Number) value).intValue();
    }

    static void classLiteral(MethodVisitor method, Type literal) {
        if (ConversionCode.isPrimitive(literal) || literal.getSort() == Type.VOID) {
            method.visitFieldInsn(Opcodes.GETSTATIC, Instructions.wrapper(literal).getInternalName(), "TYPE",
                    "Ljava/lang/Class;");
        } else {
            method.visitLdcInsn(literal);
        }
    }

    /** With the length on the stack: a one-dimensional array of {@code component}. */
    static void newArray(MethodVisitor method, Type component) {
        int primitive = switch (component.getSort()) {
            case Type.BOOLEAN -> Opcodes.T_BOOLEAN;
            case Type.CHAR -> Opcodes.T_CHAR;
            case Type.BYTE -> Opcodes.T_BYTE;
            case Type.SHORT -> Opcodes.T_SHORT;
            case Type.INT -> Opcodes.T_INT;
            case Type.LONG -> Opcodes.T_LONG;
            case Type.FLOAT -> Opcodes.T_FLOAT;
            case Type.DOUBLE -> Opcodes.T_DOUBLE;
            default -> -1;
        };
        if (primitive < 0) {
            method.visitTypeInsn(Opcodes.ANEWARRAY, component.getInternalName());
        } else {
            method.visitIntInsn(Opcodes.NEWARRAY, primitive);
        }
    }

    private static final Handle CONCAT = new Handle(Opcodes.H_INVOKESTATIC, "java/lang/invoke/StringConcatFactory",
            "makeConcatWithConstants", "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;"
                    + "Ljava/lang/invoke/MethodType;Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/invoke/CallSite;",
            false);

    /** The argument slots {@code StringConcatFactory} takes at most. */
    private static final int CONCAT_SLOTS = 199;

    /**
     * String concatenation as javac compiles it, through {@code StringConcatFactory}, so that results (a
     * fresh string even for {@code "" + ""} at run time) match compiled Java; every part is a dynamic
     * argument. A concatenation too long for one call site goes through a {@code StringBuilder}.
     */
    static void concat(ExpressionEmitter emitter, MethodVisitor method, Typed.Concat concat, Slots slots) {
        int size = 0;
        for (Typed part : concat.parts()) {
            size += part.type().getSize();
        }
        if (size > CONCAT_SLOTS) {
            concatWithBuilder(emitter, method, concat, slots);
            return;
        }
        StringBuilder descriptor = new StringBuilder("(");
        for (Typed part : concat.parts()) {
            emitter.value(method, part, slots);
            descriptor.append(concatenated(part.type()));
        }
        descriptor.append(")Ljava/lang/String;");
        method.visitInvokeDynamicInsn("concat", descriptor.toString(), CONCAT, "\u0001".repeat(concat.parts().size()));
    }

    private static String concatenated(Type type) {
        if (type.getSort() <= Type.DOUBLE) {
            return type.getDescriptor();
        }
        return type.getDescriptor().equals("Ljava/lang/String;") ? "Ljava/lang/String;" : "Ljava/lang/Object;";
    }

    /**
     * A {@code StringBuilder} appended each part in turn, with the overload javac picks: the primitive's
     * own ({@code byte} and {@code short} as {@code int}), {@code String}'s for a {@code String}, and
     * {@code Object}'s for every other reference, a {@code char[]} included (JLS 15.18.1 converts it
     * with {@code toString()}, not as characters).
     */
    private static void concatWithBuilder(ExpressionEmitter emitter, MethodVisitor method, Typed.Concat concat,
            Slots slots) {
        method.visitTypeInsn(Opcodes.NEW, BUILDER);
        method.visitInsn(Opcodes.DUP);
        method.visitMethodInsn(Opcodes.INVOKESPECIAL, BUILDER, "<init>", "()V", false);
        for (Typed part : concat.parts()) {
            emitter.value(method, part, slots);
            method.visitMethodInsn(Opcodes.INVOKEVIRTUAL, BUILDER, "append",
                    "(" + appended(part.type()) + ")L" + BUILDER + ";", false);
        }
        method.visitMethodInsn(Opcodes.INVOKEVIRTUAL, BUILDER, "toString", "()Ljava/lang/String;", false);
    }

    private static String appended(Type type) {
        return switch (type.getSort()) {
            case Type.BOOLEAN -> "Z";
            case Type.CHAR -> "C";
            case Type.BYTE, Type.SHORT, Type.INT -> "I";
            case Type.LONG -> "J";
            case Type.FLOAT -> "F";
            case Type.DOUBLE -> "D";
            default -> type.getDescriptor().equals("Ljava/lang/String;") ? "Ljava/lang/String;" : "Ljava/lang/Object;";
        };
    }
}
