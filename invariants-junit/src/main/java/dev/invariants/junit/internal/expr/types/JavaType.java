package dev.invariants.junit.internal.expr.types;

/**
 * A Java type as the language sees it (JLS 4), generics included: what attribution computes for
 * every expression before erasing it to a JVM type.
 */
public sealed interface JavaType permits PrimitiveType, ClassType, ArrayType, TypeVar, Wildcard, NullType {

    /** Whether values of this type are references ({@code null} included). */
    default boolean isReference() {
        return !(this instanceof PrimitiveType);
    }
}
