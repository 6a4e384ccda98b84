package dev.invariants.junit.internal.expr.attr;

import dev.invariants.junit.internal.expr.syntax.ExpressionError;
import dev.invariants.junit.internal.expr.syntax.Node;
import dev.invariants.junit.internal.expr.types.JavaType;

/** Conditional, instanceof, cast, array index, class literal and array creation (JLS 15.25, 15.20.2, 15.16, 15.10). */
final class Shapes {

    private final Attribution a;
    private final Operators operators;

    Shapes(Attribution attribution, Operators operators) {
        this.a = attribution;
        this.operators = operators;
    }

    Value conditional(Node.Conditional node, Env env, JavaType target) throws ExpressionError {
        throw Errors.at(node, "not yet", null);
    }

    Value instanceOf(Node.InstanceOf node, Env env) throws ExpressionError {
        throw Errors.at(node, "not yet", null);
    }

    Value cast(Node.Cast node, Env env) throws ExpressionError {
        throw Errors.at(node, "not yet", null);
    }

    Value index(Node.Index node, Env env) throws ExpressionError {
        throw Errors.at(node, "not yet", null);
    }

    Value classLiteral(Node.ClassLiteral node) throws ExpressionError {
        throw Errors.at(node, "not yet", null);
    }

    Value newArray(Node.NewArray node, Env env) throws ExpressionError {
        throw Errors.at(node, "not yet", null);
    }
}
