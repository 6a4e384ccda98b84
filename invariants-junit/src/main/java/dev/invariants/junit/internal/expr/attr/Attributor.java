package dev.invariants.junit.internal.expr.attr;

import dev.invariants.junit.internal.expr.syntax.ExpressionError;
import dev.invariants.junit.internal.expr.syntax.Node;

/**
 * Attributes invariant expressions against the class files a class loader sees. One instance per
 * class loader may be shared by every class compiled in it, from any thread: what it reads of class
 * files is cached.
 */
public final class Attributor {

    public Attributor(ClassLoader loader) {
        throw new UnsupportedOperationException("skeleton");
    }

    /**
     * Attributes one parsed expression.
     *
     * @throws ExpressionError naming what does not resolve or type, with its position in the text
     */
    public Attributed attribute(Node expression, Context context) throws ExpressionError {
        throw new UnsupportedOperationException("skeleton");
    }
}
