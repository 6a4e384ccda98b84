package dev.invariants.junit.internal.expr.emit;

import dev.invariants.junit.internal.expr.tree.Typed.BinaryOp;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * The jumps of {@code < <= > >= == !=}. For {@code float} and {@code double} the compare
 * instruction is chosen per operator so that a NaN operand makes every comparison false except
 * {@code !=} (JLS 15.20.1, 15.21.1): {@code cmpg} (NaN gives 1) under {@code <} and {@code <=},
 * {@code cmpl} (NaN gives -1) otherwise, whichever way the jump goes.
 */
final class ComparisonJumps {

    private ComparisonJumps() {}

    static boolean isComparison(BinaryOp op) {
        return switch (op) {
            case LESS, LESS_EQUAL, GREATER, GREATER_EQUAL, EQUAL, NOT_EQUAL -> true;
            default -> false;
        };
    }

    /**
     * With both operands on the stack, of type {@code operands}: jumps to {@code target} when
     * {@code left op right} equals {@code jumpWhen}.
     */
    static void jump(MethodVisitor method, BinaryOp op, Type operands, boolean jumpWhen, Label target) {
        BinaryOp tested = jumpWhen ? op : negation(op);
        switch (operands.getSort()) {
            case Type.BOOLEAN, Type.CHAR, Type.BYTE, Type.SHORT, Type.INT ->
                    method.visitJumpInsn(Opcodes.IF_ICMPEQ + offset(tested), target);
            case Type.LONG -> {
                method.visitInsn(Opcodes.LCMP);
                method.visitJumpInsn(Opcodes.IFEQ + offset(tested), target);
            }
            case Type.FLOAT -> {
                method.visitInsn(nanIsGreater(op) ? Opcodes.FCMPG : Opcodes.FCMPL);
                method.visitJumpInsn(Opcodes.IFEQ + offset(tested), target);
            }
            case Type.DOUBLE -> {
                method.visitInsn(nanIsGreater(op) ? Opcodes.DCMPG : Opcodes.DCMPL);
                method.visitJumpInsn(Opcodes.IFEQ + offset(tested), target);
            }
            case Type.OBJECT, Type.ARRAY -> {
                if (tested == BinaryOp.EQUAL) {
                    method.visitJumpInsn(Opcodes.IF_ACMPEQ, target);
                } else if (tested == BinaryOp.NOT_EQUAL) {
                    method.visitJumpInsn(Opcodes.IF_ACMPNE, target);
                } else {
                    throw new IllegalArgumentException(op + " on references");
                }
            }
            default -> throw new IllegalArgumentException(op + " on " + operands);
        }
    }

    /** With one reference on the stack: jumps when {@code (it == null) == (op == EQUAL) } equals {@code jumpWhen}. */
    static void jumpNull(MethodVisitor method, BinaryOp op, boolean jumpWhen, Label target) {
        boolean whenNull = (op == BinaryOp.EQUAL) == jumpWhen;
        method.visitJumpInsn(whenNull ? Opcodes.IFNULL : Opcodes.IFNONNULL, target);
    }

    // Under < and <= a NaN must fail the test whichever way the jump goes: cmpg turns it into
    // "greater", which fails both; under > and >= cmpl turns it into "less". For == and != either works.
    private static boolean nanIsGreater(BinaryOp op) {
        return op == BinaryOp.LESS || op == BinaryOp.LESS_EQUAL;
    }

    private static BinaryOp negation(BinaryOp op) {
        return switch (op) {
            case LESS -> BinaryOp.GREATER_EQUAL;
            case LESS_EQUAL -> BinaryOp.GREATER;
            case GREATER -> BinaryOp.LESS_EQUAL;
            case GREATER_EQUAL -> BinaryOp.LESS;
            case EQUAL -> BinaryOp.NOT_EQUAL;
            case NOT_EQUAL -> BinaryOp.EQUAL;
            default -> throw new IllegalArgumentException(op + " is not a comparison");
        };
    }

    /** Offset from {@code IFEQ} (and from {@code IF_ICMPEQ}): the JVM orders both families eq, ne, lt, ge, gt, le. */
    private static int offset(BinaryOp op) {
        return switch (op) {
            case EQUAL -> 0;
            case NOT_EQUAL -> 1;
            case LESS -> 2;
            case GREATER_EQUAL -> 3;
            case GREATER -> 4;
            case LESS_EQUAL -> 5;
            default -> throw new IllegalArgumentException(op + " is not a comparison");
        };
    }
}
