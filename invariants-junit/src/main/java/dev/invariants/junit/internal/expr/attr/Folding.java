package dev.invariants.junit.internal.expr.attr;

import dev.invariants.junit.internal.expr.tree.Typed.BinaryOp;
import dev.invariants.junit.internal.expr.tree.Typed.UnaryOp;
import dev.invariants.junit.internal.expr.types.PrimitiveType;

/**
 * Constant folding as javac does it (JLS 15.29), in Java's own arithmetic so that overflow, integer
 * division and floating-point rounding come out exactly as at run time. Constants are held as
 * {@code Integer} (also {@code boolean}: 1 or 0, {@code char}, {@code byte}, {@code short}), {@code Long},
 * {@code Float}, {@code Double} or {@code String}.
 */
final class Folding {

    private Folding() {}

    /** {@code value} (of primitive type {@code from}) converted to {@code to}. */
    static Object convert(Object value, PrimitiveType from, PrimitiveType to) {
        if (from == to || from == PrimitiveType.BOOLEAN) {
            return value;
        }
        Number n = (Number) value;
        return switch (to) {
            case BYTE -> (int) (byte) asLong(n, from);
            case SHORT -> (int) (short) asLong(n, from);
            case CHAR -> (int) (char) asLong(n, from);
            case INT -> from == PrimitiveType.FLOAT || from == PrimitiveType.DOUBLE ? (int) n.doubleValue()
                    : (int) n.longValue();
            case LONG -> from == PrimitiveType.FLOAT || from == PrimitiveType.DOUBLE ? (long) n.doubleValue()
                    : n.longValue();
            case FLOAT -> from == PrimitiveType.DOUBLE ? (float) n.doubleValue()
                    : from == PrimitiveType.LONG ? (float) n.longValue() : from == PrimitiveType.FLOAT
                            ? n.floatValue() : (float) n.intValue();
            case DOUBLE -> from == PrimitiveType.FLOAT ? (double) n.floatValue()
                    : from == PrimitiveType.LONG ? (double) n.longValue() : n.doubleValue();
            default -> value;
        };
    }

    /** Narrowing from a floating type first goes to int or long as Java does (JLS 5.1.3). */
    private static long asLong(Number n, PrimitiveType from) {
        if (from == PrimitiveType.FLOAT || from == PrimitiveType.DOUBLE) {
            return (int) n.doubleValue();
        }
        return n.longValue();
    }

    /** Whether an {@code int} constant fits {@code type} (for the narrowing of JLS 5.2). */
    static boolean representable(int value, PrimitiveType type) {
        return switch (type) {
            case BYTE -> value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE;
            case SHORT -> value >= Short.MIN_VALUE && value <= Short.MAX_VALUE;
            case CHAR -> value >= Character.MIN_VALUE && value <= Character.MAX_VALUE;
            default -> true;
        };
    }

    static Object unary(UnaryOp op, PrimitiveType type, Object value) {
        return switch (op) {
            case NOT -> ((Integer) value) == 0 ? 1 : 0;
            case NEGATE -> switch (type) {
                case LONG -> -(Long) value;
                case FLOAT -> -(Float) value;
                case DOUBLE -> -(Double) value;
                default -> -(Integer) value;
            };
            // not a ?: of long and int, whose binary promotion would make every complement a Long
            case COMPLEMENT -> {
                if (type == PrimitiveType.LONG) {
                    yield ~(Long) value;
                }
                yield ~(Integer) value;
            }
        };
    }

    /**
     * {@code left op right} on operands of the promoted {@code type} (shift operands: each its own), or
     * {@code null} when javac does not fold it (integer division by zero).
     */
    static Object binary(BinaryOp op, PrimitiveType type, Object left, Object right) {
        switch (op) {
            case SHIFT_LEFT, SHIFT_RIGHT, SHIFT_RIGHT_UNSIGNED -> {
                long distance = ((Number) right).longValue();
                if (type == PrimitiveType.LONG) {
                    long l = (Long) left;
                    return op == BinaryOp.SHIFT_LEFT ? l << distance : op == BinaryOp.SHIFT_RIGHT ? l >> distance
                            : l >>> distance;
                }
                int i = (Integer) left;
                return op == BinaryOp.SHIFT_LEFT ? i << distance : op == BinaryOp.SHIFT_RIGHT ? i >> distance
                        : i >>> distance;
            }
            default -> {
            }
        }
        if (type == PrimitiveType.BOOLEAN) {
            boolean l = (Integer) left != 0;
            boolean r = (Integer) right != 0;
            boolean result = switch (op) {
                case AND, CONDITIONAL_AND -> l && r;
                case OR, CONDITIONAL_OR -> l || r;
                case XOR, NOT_EQUAL -> l != r;
                case EQUAL -> l == r;
                default -> throw new IllegalArgumentException(op.toString());
            };
            return result ? 1 : 0;
        }
        return switch (type) {
            case LONG -> longs(op, (Long) left, (Long) right);
            case FLOAT -> floats(op, (Float) left, (Float) right);
            case DOUBLE -> doubles(op, (Double) left, (Double) right);
            default -> ints(op, (Integer) left, (Integer) right);
        };
    }

    private static Object ints(BinaryOp op, int l, int r) {
        return switch (op) {
            case ADD -> l + r;
            case SUBTRACT -> l - r;
            case MULTIPLY -> l * r;
            case DIVIDE -> r == 0 ? null : l / r;
            case REMAINDER -> r == 0 ? null : l % r;
            case AND -> l & r;
            case OR -> l | r;
            case XOR -> l ^ r;
            case LESS -> l < r ? 1 : 0;
            case LESS_EQUAL -> l <= r ? 1 : 0;
            case GREATER -> l > r ? 1 : 0;
            case GREATER_EQUAL -> l >= r ? 1 : 0;
            case EQUAL -> l == r ? 1 : 0;
            case NOT_EQUAL -> l != r ? 1 : 0;
            default -> throw new IllegalArgumentException(op.toString());
        };
    }

    private static Object longs(BinaryOp op, long l, long r) {
        return switch (op) {
            case ADD -> l + r;
            case SUBTRACT -> l - r;
            case MULTIPLY -> l * r;
            case DIVIDE -> r == 0 ? null : l / r;
            case REMAINDER -> r == 0 ? null : l % r;
            case AND -> l & r;
            case OR -> l | r;
            case XOR -> l ^ r;
            case LESS -> l < r ? 1 : 0;
            case LESS_EQUAL -> l <= r ? 1 : 0;
            case GREATER -> l > r ? 1 : 0;
            case GREATER_EQUAL -> l >= r ? 1 : 0;
            case EQUAL -> l == r ? 1 : 0;
            case NOT_EQUAL -> l != r ? 1 : 0;
            default -> throw new IllegalArgumentException(op.toString());
        };
    }

    private static Object floats(BinaryOp op, float l, float r) {
        return switch (op) {
            case ADD -> l + r;
            case SUBTRACT -> l - r;
            case MULTIPLY -> l * r;
            case DIVIDE -> l / r;
            case REMAINDER -> l % r;
            case LESS -> l < r ? 1 : 0;
            case LESS_EQUAL -> l <= r ? 1 : 0;
            case GREATER -> l > r ? 1 : 0;
            case GREATER_EQUAL -> l >= r ? 1 : 0;
            case EQUAL -> l == r ? 1 : 0;
            case NOT_EQUAL -> l != r ? 1 : 0;
            default -> throw new IllegalArgumentException(op.toString());
        };
    }

    private static Object doubles(BinaryOp op, double l, double r) {
        return switch (op) {
            case ADD -> l + r;
            case SUBTRACT -> l - r;
            case MULTIPLY -> l * r;
            case DIVIDE -> l / r;
            case REMAINDER -> l % r;
            case LESS -> l < r ? 1 : 0;
            case LESS_EQUAL -> l <= r ? 1 : 0;
            case GREATER -> l > r ? 1 : 0;
            case GREATER_EQUAL -> l >= r ? 1 : 0;
            case EQUAL -> l == r ? 1 : 0;
            case NOT_EQUAL -> l != r ? 1 : 0;
            default -> throw new IllegalArgumentException(op.toString());
        };
    }

    /** A constant as string conversion (JLS 5.1.11) writes it. */
    static String string(Object value, PrimitiveType type) {
        if (type == null) {
            return String.valueOf(value);
        }
        return switch (type) {
            case BOOLEAN -> String.valueOf((Integer) value != 0);
            case CHAR -> String.valueOf((char) (int) (Integer) value);
            default -> String.valueOf(value);
        };
    }
}
