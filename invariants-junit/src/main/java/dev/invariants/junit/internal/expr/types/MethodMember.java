package dev.invariants.junit.internal.expr.types;

import java.util.List;

/**
 * A method or constructor seen as a member of a type: {@code List<Line>.get} has return type
 * {@code Line}. Raw sites see erased signatures (JLS 4.8).
 *
 * @param symbol         the declaration
 * @param site           the declaring class as the receiver's type sees it ({@code List<Line>})
 * @param typeParameters the method's own type parameters, bounds substituted
 * @param parameterTypes source-level parameter types, substituted
 * @param returnType     the return type, substituted ({@code void} as {@link PrimitiveType#VOID})
 */
public record MethodMember(MethodSymbol symbol, ClassType site, List<TypeVar> typeParameters,
        List<JavaType> parameterTypes, JavaType returnType) {

    public boolean isVarargs() {
        return symbol.isVarargs();
    }

    public boolean isGeneric() {
        return !typeParameters.isEmpty();
    }
}
