package dev.invariants.junit.internal.expr.attr;

/**
 * The local names in scope at a point of an expression: lambda parameters and pattern variables,
 * innermost first. Immutable; {@code outside} is the scope around an {@code old(...)}, kept only to
 * say why a name is not visible inside it.
 */
final class Env {

    static final Env EMPTY = new Env(null, null, false, null, false);

    private final Env parent;
    private final Value.Binding binding;
    private final boolean lambdaParameter;
    final Env outside;
    final boolean inOld;

    private Env(Env parent, Value.Binding binding, boolean lambdaParameter, Env outside, boolean inOld) {
        this.parent = parent;
        this.binding = binding;
        this.lambdaParameter = lambdaParameter;
        this.outside = outside;
        this.inOld = inOld;
    }

    Env with(Value.Binding added, boolean isLambdaParameter) {
        return new Env(this, added, isLambdaParameter, outside, inOld);
    }

    Env with(java.util.List<Value.Binding> added) {
        Env result = this;
        for (Value.Binding each : added) {
            result = result.with(each, false);
        }
        return result;
    }

    /** The scope inside {@code old(...)}: nothing local is visible there. */
    Env forOld() {
        return new Env(null, null, false, this, true);
    }

    Value.Binding lookup(String name) {
        for (Env current = this; current != null; current = current.parent) {
            if (current.binding != null && current.binding.name().equals(name)) {
                return current.binding;
            }
        }
        return null;
    }

    /** Whether {@code name} is a lambda parameter (else a pattern variable), for messages. */
    boolean isLambdaParameter(String name) {
        for (Env current = this; current != null; current = current.parent) {
            if (current.binding != null && current.binding.name().equals(name)) {
                return current.lambdaParameter;
            }
        }
        return false;
    }
}
