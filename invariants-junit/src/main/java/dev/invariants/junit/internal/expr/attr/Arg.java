package dev.invariants.junit.internal.expr.attr;

import dev.invariants.junit.spi.syntax.ExpressionError;
import dev.invariants.junit.spi.syntax.Node;
import dev.invariants.junit.internal.expr.types.JavaType;

/**
 * One argument of a call while the call is resolved. Most arguments are attributed on their own
 * first; a lambda or method reference waits for the parameter type it is passed to; a generic call or
 * {@code new C<>()} that did not attribute on its own, or whose type parameters got only default
 * choices, is attributed again with the parameter type as its target once the outer call is chosen.
 */
final class Arg {

    final Node node;
    final Env env;
    /** The value attributed on its own, or {@code null} for a functional argument or one that failed. */
    Value value;
    /** Why attribution on its own failed, or {@code null}. */
    ExpressionError failure;
    /** Whether a target type would type it better (its inference fell back to defaults). */
    boolean poly;

    private Arg(Node node, Env env, Value value) {
        this.node = node;
        this.env = env;
        this.value = value;
    }

    static Arg of(Value value) {
        return new Arg(null, null, value);
    }

    static Arg of(Node node, Env env) {
        return new Arg(node, env, null);
    }

    /** A lambda or method reference: typed only by its target. */
    boolean isFunctional() {
        return node != null && Arg.functional(node);
    }

    /** Attributed again with a target once the call is chosen. */
    boolean isDeferred() {
        return isFunctional() || failure != null || poly;
    }

    JavaType type() {
        return value == null ? null : value.type();
    }

    static boolean functional(Node node) {
        Node inner = unwrap(node);
        return inner instanceof Node.Lambda || inner instanceof Node.MethodRef;
    }

    static Node unwrap(Node node) {
        Node current = node;
        while (current instanceof Node.Parens parens) {
            current = parens.expression();
        }
        return current;
    }

    /** Whether a target type can change how {@code node} is typed: a call, an instance creation, a conditional. */
    static boolean targetTyped(Node node) {
        Node inner = unwrap(node);
        return inner instanceof Node.Call || inner instanceof Node.New || inner instanceof Node.Conditional;
    }
}
