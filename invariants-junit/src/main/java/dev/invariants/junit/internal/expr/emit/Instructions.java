package dev.invariants.junit.internal.expr.emit;

import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/** The few instruction idioms both the emitter and the check methods around it write. */
public final class Instructions {

    private Instructions() {}

    /** An {@code int} constant, with the shortest instruction that holds it. */
    public static void pushInt(MethodVisitor method, int value) {
        if (value >= -1 && value <= 5) {
            method.visitInsn(Opcodes.ICONST_0 + value);
        } else if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE) {
            method.visitIntInsn(Opcodes.BIPUSH, value);
        } else if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
            method.visitIntInsn(Opcodes.SIPUSH, value);
        } else {
            method.visitLdcInsn(value);
        }
    }

    /** {@code Integer.valueOf(int)} and its kin. */
    public static void box(MethodVisitor method, Type primitive) {
        Type wrapper = wrapper(primitive);
        method.visitMethodInsn(Opcodes.INVOKESTATIC, wrapper.getInternalName(), "valueOf",
                Type.getMethodDescriptor(wrapper, primitive), false);
    }

    /** {@code java/lang/Integer} of {@code int}, and so on ({@code Void} of {@code void}). */
    public static Type wrapper(Type primitive) {
        return Type.getObjectType(switch (primitive.getSort()) {
            case Type.BOOLEAN -> "java/lang/Boolean";
            case Type.CHAR -> "java/lang/Character";
            case Type.BYTE -> "java/lang/Byte";
            case Type.SHORT -> "java/lang/Short";
            case Type.INT -> "java/lang/Integer";
            case Type.LONG -> "java/lang/Long";
            case Type.FLOAT -> "java/lang/Float";
            case Type.DOUBLE -> "java/lang/Double";
            case Type.VOID -> "java/lang/Void";
            default -> throw new IllegalArgumentException("not a primitive type: " + primitive);
        });
    }
}
