package dev.invariants.junit.internal.expr.attr;

import dev.invariants.junit.internal.expr.tree.Typed;
import dev.invariants.junit.internal.expr.types.JavaType;
import dev.invariants.junit.internal.expr.types.NullType;
import dev.invariants.junit.internal.expr.types.PrimitiveType;
import java.util.List;

/**
 * An attributed expression: its code, its static type (generics included, which the code's erased
 * type forgets), and the pattern variables it introduces when true and when false (JLS 6.3.1).
 */
record Value(Typed code, JavaType type, List<Binding> whenTrue, List<Binding> whenFalse) {

    Value(Typed code, JavaType type) {
        this(code, type, List.of(), List.of());
    }

    /** A pattern variable in scope where its introducing expression was true (or false). */
    record Binding(String name, dev.invariants.junit.internal.expr.tree.Variable variable, JavaType type) {}

    /** The value of a constant expression (JLS 15.29), or {@code null}. */
    Object constant() {
        return code instanceof Typed.Constant c && type != NullType.INSTANCE ? c.value() : null;
    }

    boolean isConstant() {
        return constant() != null;
    }

    boolean isVoid() {
        return type == PrimitiveType.VOID;
    }

    Value withCode(Typed replacement, JavaType replacementType) {
        return new Value(replacement, replacementType, whenTrue, whenFalse);
    }
}
