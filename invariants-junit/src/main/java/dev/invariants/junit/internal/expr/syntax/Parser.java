package dev.invariants.junit.internal.expr.syntax;

/** Parses one invariant expression. */
public final class Parser {

    private Parser() {}

    /**
     * The tree of {@code text}, which must be exactly one expression.
     *
     * @throws ExpressionError on a syntax error, at the offending token
     */
    public static Node parse(String text) throws ExpressionError {
        throw new UnsupportedOperationException("skeleton");
    }
}
