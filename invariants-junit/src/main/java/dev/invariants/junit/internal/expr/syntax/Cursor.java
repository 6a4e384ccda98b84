package dev.invariants.junit.internal.expr.syntax;

import dev.invariants.junit.internal.expr.syntax.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * The parser's place in the token list, with marks to go back to after a speculative parse (a cast, a
 * generic type before {@code ::}). The list is replaced, never changed, when a {@code >>} is split, so a
 * mark restores it too.
 */
final class Cursor {

    /** Where to come back to. */
    record Mark(int index, List<Token> tokens) {}

    private List<Token> tokens;
    private int index;

    Cursor(List<Token> tokens) {
        this.tokens = tokens;
    }

    Token peek() {
        return tokens.get(index);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(index + ahead, tokens.size() - 1));
    }

    /** The token before the current one, or {@code null} at the start. */
    Token previous() {
        return index == 0 ? null : tokens.get(index - 1);
    }

    Token next() {
        Token token = tokens.get(index);
        if (token.kind() != Kind.END) {
            index++;
        }
        return token;
    }

    boolean at(String spelling) {
        return peek().is(spelling);
    }

    boolean accept(String spelling) {
        if (at(spelling)) {
            next();
            return true;
        }
        return false;
    }

    Mark mark() {
        return new Mark(index, tokens);
    }

    void reset(Mark mark) {
        index = mark.index();
        tokens = mark.tokens();
    }

    /**
     * Where a type argument list closes, {@code >>}, {@code >>>}, {@code >=}, {@code >>=} and
     * {@code >>>=} are a {@code >} followed by the rest.
     */
    void splitGreater() {
        Token token = peek();
        if (token.kind() == Kind.OPERATOR && token.text().length() > 1 && token.text().charAt(0) == '>') {
            List<Token> split = new ArrayList<>(tokens);
            split.set(index, Token.of(Kind.OPERATOR, ">", token.start(), token.start() + 1));
            split.add(index + 1, Token.of(Kind.OPERATOR, token.text().substring(1), token.start() + 1, token.end()));
            tokens = split;
        }
    }

    /** The index of the {@code )} closing the {@code (} at the current token, counting ahead; -1 if none. */
    int closingParenthesis() {
        int depth = 0;
        for (int i = index; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.is("(")) {
                depth++;
            } else if (token.is(")") && --depth == 0) {
                return i - index;
            }
        }
        return -1;
    }
}
