package dev.invariants.junit.internal.expr.syntax;

import dev.invariants.junit.spi.syntax.Node.LiteralKind;
import dev.invariants.junit.spi.syntax.Node;

/**
 * One token of an expression. {@code text} is the source as written; a literal also carries its kind and
 * decoded value. {@code minimum} marks {@code 2147483648} and {@code 9223372036854775808L}, which are legal
 * only right after a unary minus (their value is already the negated minimum).
 */
record Token(Kind kind, String text, LiteralKind literalKind, Object value, boolean minimum, int start, int end) {

    enum Kind { IDENTIFIER, KEYWORD, LITERAL, OPERATOR, END }

    static Token of(Kind kind, String text, int start, int end) {
        return new Token(kind, text, null, null, false, start, end);
    }

    /** An operator or keyword spelled {@code spelling}. */
    boolean is(String spelling) {
        return (kind == Kind.OPERATOR || kind == Kind.KEYWORD) && text.equals(spelling);
    }

    boolean isIdentifier() {
        return kind == Kind.IDENTIFIER;
    }

    boolean isEnd() {
        return kind == Kind.END;
    }

    /** How an error message names it. */
    String shown() {
        return kind == Kind.END ? "the end of the expression" : "`" + text + "`";
    }
}
