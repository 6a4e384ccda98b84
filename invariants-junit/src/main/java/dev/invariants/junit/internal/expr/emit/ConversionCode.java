package dev.invariants.junit.internal.expr.emit;

import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/** Primitive conversions (JLS 5.1.2, 5.1.3, 5.1.4), boxing and unboxing, as javac writes them. */
final class ConversionCode {

    private ConversionCode() {}

    /** Converts the primitive on the stack from {@code from} to {@code to}: one instruction, two for long/float/double to a subword type, none between int-like types that need no truncation. */
    static void primitive(MethodVisitor method, Type from, Type to) {
        int source = kind(from);
        int target = to.getSort();
        if (from.getSort() == target) {
            return;
        }
        switch (source) {
            case Type.INT -> {
                switch (target) {
                    case Type.LONG -> method.visitInsn(Opcodes.I2L);
                    case Type.FLOAT -> method.visitInsn(Opcodes.I2F);
                    case Type.DOUBLE -> method.visitInsn(Opcodes.I2D);
                    default -> toSubword(method, from.getSort(), target);
                }
            }
            case Type.LONG -> {
                switch (target) {
                    case Type.FLOAT -> method.visitInsn(Opcodes.L2F);
                    case Type.DOUBLE -> method.visitInsn(Opcodes.L2D);
                    default -> {
                        method.visitInsn(Opcodes.L2I);
                        toSubword(method, Type.INT, target);
                    }
                }
            }
            case Type.FLOAT -> {
                switch (target) {
                    case Type.LONG -> method.visitInsn(Opcodes.F2L);
                    case Type.DOUBLE -> method.visitInsn(Opcodes.F2D);
                    default -> {
                        method.visitInsn(Opcodes.F2I);
                        toSubword(method, Type.INT, target);
                    }
                }
            }
            case Type.DOUBLE -> {
                switch (target) {
                    case Type.LONG -> method.visitInsn(Opcodes.D2L);
                    case Type.FLOAT -> method.visitInsn(Opcodes.D2F);
                    default -> {
                        method.visitInsn(Opcodes.D2I);
                        toSubword(method, Type.INT, target);
                    }
                }
            }
            default -> throw new IllegalArgumentException("no primitive conversion from " + from + " to " + to);
        }
    }

    /** From an int-like value of sort {@code from} to the int-like sort {@code to}: a truncation unless the target holds every value of the source. */
    private static void toSubword(MethodVisitor method, int from, int to) {
        switch (to) {
            case Type.BYTE -> method.visitInsn(Opcodes.I2B);
            case Type.SHORT -> {
                if (from != Type.BYTE) {
                    method.visitInsn(Opcodes.I2S);
                }
            }
            case Type.CHAR -> method.visitInsn(Opcodes.I2C);
            case Type.INT -> { }
            default -> throw new IllegalArgumentException("no primitive conversion to sort " + to);
        }
    }

    /** {@code INT} for the int-like sorts, the sort itself otherwise. */
    private static int kind(Type type) {
        return switch (type.getSort()) {
            case Type.BOOLEAN, Type.BYTE, Type.SHORT, Type.CHAR, Type.INT -> Type.INT;
            default -> type.getSort();
        };
    }

    /**
     * Unboxes the reference on the stack, whose static type is {@code from}, to {@code to}: the
     * wrapper's own {@code xxxValue} (casting first when {@code from} is not a wrapper), then a
     * primitive widening when the wrapper holds a narrower type, as {@code long l = anInteger} does.
     */
    static void unbox(MethodVisitor method, Type from, Type to) {
        Type primitive = primitiveOf(from);
        if (primitive == null) {
            primitive = to;
            method.visitTypeInsn(Opcodes.CHECKCAST, Instructions.wrapper(to).getInternalName());
        }
        Type wrapper = Instructions.wrapper(primitive);
        method.visitMethodInsn(Opcodes.INVOKEVIRTUAL, wrapper.getInternalName(), primitive.getClassName() + "Value",
                Type.getMethodDescriptor(primitive), false);
        primitive(method, primitive, to);
    }

    /** The primitive a wrapper type holds, or {@code null} for any other type. */
    static Type primitiveOf(Type wrapper) {
        if (wrapper.getSort() != Type.OBJECT) {
            return null;
        }
        return switch (wrapper.getInternalName()) {
            case "java/lang/Boolean" -> Type.BOOLEAN_TYPE;
            case "java/lang/Character" -> Type.CHAR_TYPE;
            case "java/lang/Byte" -> Type.BYTE_TYPE;
            case "java/lang/Short" -> Type.SHORT_TYPE;
            case "java/lang/Integer" -> Type.INT_TYPE;
            case "java/lang/Long" -> Type.LONG_TYPE;
            case "java/lang/Float" -> Type.FLOAT_TYPE;
            case "java/lang/Double" -> Type.DOUBLE_TYPE;
            default -> null;
        };
    }

    static boolean isPrimitive(Type type) {
        return type.getSort() >= Type.BOOLEAN && type.getSort() <= Type.DOUBLE;
    }
}
