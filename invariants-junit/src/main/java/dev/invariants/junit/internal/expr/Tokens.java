package dev.invariants.junit.internal.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an expression into the tokens name resolution cares about: identifiers, and everything
 * else as single characters; string and character literals and numbers are kept whole so that
 * nothing inside them is mistaken for a name.
 */
final class Tokens {

    enum Kind { IDENTIFIER, LITERAL, SYMBOL }

    record Token(Kind kind, String text, int start, int end) {
        boolean is(String symbol) {
            return text.equals(symbol);
        }
    }

    private Tokens() {}

    static List<Token> of(String expression) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int length = expression.length();
        while (i < length) {
            char c = expression.charAt(i);
            int start = i;
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c == '"' || c == '\'') {
                i++;
                while (i < length && expression.charAt(i) != c) {
                    i += expression.charAt(i) == '\\' ? 2 : 1;
                }
                i = Math.min(i + 1, length);
                tokens.add(new Token(Kind.LITERAL, expression.substring(start, i), start, i));
            } else if (Character.isJavaIdentifierStart(c)) {
                while (i < length && Character.isJavaIdentifierPart(expression.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(Kind.IDENTIFIER, expression.substring(start, i), start, i));
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < length && Character.isDigit(expression.charAt(i + 1)))) {
                while (i < length && (Character.isLetterOrDigit(expression.charAt(i)) || expression.charAt(i) == '.'
                        || expression.charAt(i) == '_'
                        || ((expression.charAt(i) == '+' || expression.charAt(i) == '-')
                                && "eEpP".indexOf(expression.charAt(i - 1)) >= 0))) {
                    i++;
                }
                tokens.add(new Token(Kind.LITERAL, expression.substring(start, i), start, i));
            } else {
                i++;
                tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), start, i));
            }
        }
        return tokens;
    }
}
