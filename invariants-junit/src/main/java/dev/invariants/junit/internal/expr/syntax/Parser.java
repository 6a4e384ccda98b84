package dev.invariants.junit.internal.expr.syntax;

import dev.invariants.junit.spi.syntax.ExpressionError;
import dev.invariants.junit.spi.syntax.Node;
import java.util.List;

/** Parses one invariant expression. */
public final class Parser {

    private Parser() {}

    /**
     * The tree of {@code text}, which must be exactly one expression.
     *
     * @throws ExpressionError on a syntax error, at the offending token
     */
    public static Node parse(String text) throws ExpressionError {
        List<Token> tokens = Lexer.tokens(text);
        if (tokens.get(0).isEnd()) {
            throw SyntaxErrors.empty(text);
        }
        Cursor cursor = new Cursor(tokens);
        Node expression;
        try {
            expression = new ExpressionParser(cursor).expression();
        } catch (StackOverflowError tooDeep) {
            // Thousands of nested parentheses: a definition error, not a crash of the test run.
            throw SyntaxErrors.tooDeep(text);
        }
        if (!cursor.peek().isEnd()) {
            throw SyntaxErrors.trailing(cursor.peek());
        }
        return expression;
    }
}
