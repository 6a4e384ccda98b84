package dev.invariants.junit.internal.expr.attr;

import dev.invariants.junit.internal.expr.syntax.ExpressionError;
import dev.invariants.junit.internal.expr.syntax.Node;
import dev.invariants.junit.internal.expr.types.JavaType;

/** Method calls and instance creation (JLS 15.12, 15.9): the member chosen, its generic types inferred. */
final class Calls {

    private final Attribution a;

    Calls(Attribution attribution) {
        this.a = attribution;
    }

    Value call(Node.Call call, Env env, JavaType target) throws ExpressionError {
        throw Errors.at(call, "not yet", null);
    }

    Value newInstance(Node.New creation, Env env, JavaType target) throws ExpressionError {
        throw Errors.at(creation, "not yet", null);
    }
}
