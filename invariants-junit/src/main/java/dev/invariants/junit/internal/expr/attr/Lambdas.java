package dev.invariants.junit.internal.expr.attr;

import dev.invariants.junit.internal.expr.syntax.ExpressionError;
import dev.invariants.junit.internal.expr.syntax.Node;
import dev.invariants.junit.internal.expr.types.JavaType;

/** Lambdas and method references (JLS 15.27, 15.13), typed by the functional interface their context expects. */
final class Lambdas {

    private final Attribution a;

    Lambdas(Attribution attribution) {
        this.a = attribution;
    }

    Value standalone(Node node, Env env, JavaType target) throws ExpressionError {
        throw Errors.at(node, "not yet", null);
    }
}
