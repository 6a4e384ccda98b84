package dev.invariants.junit.internal.expr.types;

import net.bytebuddy.jar.asm.Type;

/** The eight primitive types and {@code void}. */
public enum PrimitiveType implements JavaType {
    BOOLEAN("boolean", Type.BOOLEAN_TYPE, "java/lang/Boolean", 0),
    BYTE("byte", Type.BYTE_TYPE, "java/lang/Byte", 1),
    SHORT("short", Type.SHORT_TYPE, "java/lang/Short", 2),
    CHAR("char", Type.CHAR_TYPE, "java/lang/Character", 2),
    INT("int", Type.INT_TYPE, "java/lang/Integer", 3),
    LONG("long", Type.LONG_TYPE, "java/lang/Long", 4),
    FLOAT("float", Type.FLOAT_TYPE, "java/lang/Float", 5),
    DOUBLE("double", Type.DOUBLE_TYPE, "java/lang/Double", 6),
    VOID("void", Type.VOID_TYPE, "java/lang/Void", 0);

    private final String keyword;
    private final Type asm;
    private final String wrapper;
    private final int rank;

    PrimitiveType(String keyword, Type asm, String wrapper, int rank) {
        this.keyword = keyword;
        this.asm = asm;
        this.wrapper = wrapper;
        this.rank = rank;
    }

    public String keyword() {
        return keyword;
    }

    public Type asm() {
        return asm;
    }

    /** Internal name of the wrapper class ({@code java/lang/Integer}). */
    public String wrapper() {
        return wrapper;
    }

    public boolean isNumeric() {
        return rank > 0;
    }

    public boolean isIntegral() {
        return this == BYTE || this == SHORT || this == CHAR || this == INT || this == LONG;
    }

    /** Identity or widening primitive conversion (JLS 5.1.2), which is also primitive subtyping (JLS 4.10.1). */
    public boolean widensTo(PrimitiveType target) {
        if (this == target) {
            return true;
        }
        if (!isNumeric() || !target.isNumeric() || target == CHAR) {
            return false;
        }
        if (this == CHAR) {
            return target.rank >= INT.rank;
        }
        return target.rank > rank;
    }

    /** The primitive a keyword names, or {@code null}. */
    public static PrimitiveType ofKeyword(String keyword) {
        for (PrimitiveType each : values()) {
            if (each.keyword.equals(keyword)) {
                return each;
            }
        }
        return null;
    }

    /** The primitive a wrapper's internal name stands for, or {@code null}. */
    public static PrimitiveType ofWrapper(String internalName) {
        if (internalName == null || !internalName.startsWith("java/lang/")) {
            return null;
        }
        for (PrimitiveType each : values()) {
            if (each != VOID && each.wrapper.equals(internalName)) {
                return each;
            }
        }
        return null;
    }

    /** The primitive of a one-letter descriptor, or {@code null}. */
    public static PrimitiveType ofDescriptor(char descriptor) {
        return switch (descriptor) {
            case 'Z' -> BOOLEAN;
            case 'B' -> BYTE;
            case 'S' -> SHORT;
            case 'C' -> CHAR;
            case 'I' -> INT;
            case 'J' -> LONG;
            case 'F' -> FLOAT;
            case 'D' -> DOUBLE;
            case 'V' -> VOID;
            default -> null;
        };
    }

    @Override
    public String toString() {
        return keyword;
    }
}
