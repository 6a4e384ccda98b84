package dev.invariants.junit.internal.expr.types;

import java.util.List;

/**
 * A class or interface type: raw or non-generic when {@code arguments} is empty, parameterized
 * otherwise. The arguments of an enclosing instance's type ({@code Outer<T>.Inner}) are not kept:
 * members that use them see the enclosing class's type variables, erased where they are used.
 */
public record ClassType(ClassSymbol symbol, List<JavaType> arguments) implements JavaType {

    public ClassType {
        arguments = List.copyOf(arguments);
    }

    public static ClassType of(ClassSymbol symbol) {
        return new ClassType(symbol, List.of());
    }

    public String internalName() {
        return symbol.internalName();
    }

    /** A generic class used without type arguments. */
    public boolean isRaw() {
        return arguments.isEmpty() && !symbol.typeParameters().isEmpty();
    }

    public boolean isParameterized() {
        return !arguments.isEmpty();
    }

    @Override
    public String toString() {
        return Types.display(this);
    }
}
