package dev.invariants.junit.internal.expr.types;

import java.util.List;

/**
 * The function type of a functional interface (JLS 9.9): its single abstract method and that
 * method's parameter and return types as a member of the (non-wildcard) interface type.
 *
 * @param type           the functional interface type, without wildcards
 * @param method         the abstract method as declared
 * @param parameterTypes its parameter types as a member of {@code type}
 * @param returnType     its return type as a member of {@code type}
 */
public record FunctionType(ClassType type, MethodSymbol method, List<JavaType> parameterTypes, JavaType returnType) {

    /** The abstract method's erased descriptor as declared: what {@code LambdaMetafactory} implements. */
    public String erasedDescriptor() {
        return method.descriptor();
    }
}
