package dev.invariants.junit.internal.expr;

import net.bytebuddy.jar.asm.Type;

/** Java source spellings of JVM types: {@code com.acme.Outer.Inner}, {@code int[]}. */
final class SourceTypes {

    private SourceTypes() {}

    static String of(Type type) {
        if (type.getSort() == Type.ARRAY) {
            return of(type.getElementType()) + "[]".repeat(type.getDimensions());
        }
        if (type.getSort() != Type.OBJECT) {
            return type.getClassName();
        }
        return ofInternalName(type.getInternalName());
    }

    /** Nested classes are spelled with dots; a {@code $} followed by a digit (anonymous, local) is kept. */
    static String ofInternalName(String internalName) {
        StringBuilder result = new StringBuilder(internalName.length());
        for (int i = 0; i < internalName.length(); i++) {
            char c = internalName.charAt(i);
            if (c == '/') {
                result.append('.');
            } else if (c == '$' && i > 0 && i + 1 < internalName.length() && internalName.charAt(i - 1) != '/'
                    && internalName.charAt(i - 1) != '$' && Character.isJavaIdentifierStart(internalName.charAt(i + 1))
                    && internalName.charAt(i + 1) != '$') {
                result.append('.');
            } else {
                result.append(c);
            }
        }
        return result.toString();
    }

    /** The wrapper a primitive value is boxed to in an {@code Object[]}, or {@code null} for a reference type. */
    static String wrapper(Type type) {
        return switch (type.getSort()) {
            case Type.BOOLEAN -> "Boolean";
            case Type.CHAR -> "Character";
            case Type.BYTE -> "Byte";
            case Type.SHORT -> "Short";
            case Type.INT -> "Integer";
            case Type.FLOAT -> "Float";
            case Type.LONG -> "Long";
            case Type.DOUBLE -> "Double";
            default -> null;
        };
    }
}
