package dev.invariants.junit.internal.expr.syntax;

import dev.invariants.junit.internal.expr.syntax.Token.Kind;
import dev.invariants.junit.spi.syntax.ExpressionError;
import dev.invariants.junit.spi.syntax.Node.LiteralKind;
import dev.invariants.junit.spi.syntax.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits an expression into Java tokens (JLS 3): identifiers, keywords, literals with their values decoded,
 * operators by longest match, whitespace and comments skipped. Ends with one {@link Kind#END} token.
 * {@code >>} and its kin stay whole here; the parser splits them where a type argument list closes.
 */
final class Lexer {

    static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case", "catch",
            "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
            "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long",
            "native", "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile",
            "while", "_");

    // Longest first, so that the first match is the longest.
    private static final List<String> OPERATORS = List.of(">>>=", ">>>", "<<=", ">>=", "...", "->", "::", "++", "--",
            "&&", "||", "==", "!=", "<=", ">=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<", ">>", "(", ")",
            "[", "]", "{", "}", ";", ",", ".", "@", "=", ">", "<", "!", "~", "?", ":", "+", "-", "*", "/", "&", "|",
            "^", "%");

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private int position;

    private Lexer(String text) {
        this.text = text;
    }

    /** The tokens of {@code text}, the last one {@link Kind#END}. */
    static List<Token> tokens(String text) throws ExpressionError {
        UnicodeEscapes translated = UnicodeEscapes.translate(text);
        if (translated == null) {
            Lexer lexer = new Lexer(text);
            lexer.run();
            return lexer.tokens;
        }
        Lexer lexer = new Lexer(translated.text());
        try {
            lexer.run();
        } catch (ExpressionError e) {
            throw new ExpressionError(e.getMessage(), translated.original(e.start()), translated.original(e.end()),
                    e.hint());
        }
        List<Token> mapped = new ArrayList<>(lexer.tokens.size());
        for (Token each : lexer.tokens) {
            mapped.add(new Token(each.kind(), each.text(), each.literalKind(), each.value(), each.minimum(),
                    translated.original(each.start()), translated.original(each.end())));
        }
        return mapped;
    }

    private void run() throws ExpressionError {
        while (true) {
            skipBlanks();
            if (position >= text.length()) {
                // At the end of the last token, so that "ends too early" points right after what was written.
                int end = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
                tokens.add(Token.of(Kind.END, "", end, end));
                return;
            }
            char c = text.charAt(position);
            if (Character.isJavaIdentifierStart(c)) {
                word();
            } else if (isDigit(c) || c == '.' && isDigit(charAt(position + 1))) {
                tokens.add(new NumberScanner(text, position).scan());
                position = tokens.get(tokens.size() - 1).end();
            } else if (c == '"') {
                string();
            } else if (c == '\'') {
                character();
            } else {
                operator(c);
            }
        }
    }

    private void skipBlanks() throws ExpressionError {
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r') {
                position++;
            } else if (text.startsWith("//", position)) {
                int newline = text.indexOf('\n', position);
                position = newline < 0 ? text.length() : newline;
            } else if (text.startsWith("/*", position)) {
                int close = text.indexOf("*/", position + 2);
                if (close < 0) {
                    throw SyntaxErrors.unclosedComment(position, text.length());
                }
                position = close + 2;
            } else {
                return;
            }
        }
    }

    private void word() {
        int start = position;
        while (position < text.length() && Character.isJavaIdentifierPart(text.charAt(position))) {
            position++;
        }
        String word = text.substring(start, position);
        if (word.equals("true") || word.equals("false")) {
            tokens.add(new Token(Kind.LITERAL, word, LiteralKind.BOOLEAN, Boolean.valueOf(word), false, start, position));
        } else if (word.equals("null")) {
            tokens.add(new Token(Kind.LITERAL, word, LiteralKind.NULL, null, false, start, position));
        } else {
            tokens.add(Token.of(KEYWORDS.contains(word) ? Kind.KEYWORD : Kind.IDENTIFIER, word, start, position));
        }
    }

    private void string() throws ExpressionError {
        int start = position;
        if (text.startsWith("\"\"\"", start)) {
            throw SyntaxErrors.textBlock(start);
        }
        position++;
        StringBuilder value = new StringBuilder();
        while (true) {
            char c = charAt(position);
            if (c == '"') {
                position++;
                break;
            }
            if (c == '\n' || c == '\r' || position >= text.length()) {
                throw SyntaxErrors.unclosedString(start, position);
            }
            value.append(c == '\\' ? escape() : text.charAt(position++));
        }
        String written = text.substring(start, position);
        tokens.add(new Token(Kind.LITERAL, written, LiteralKind.STRING, value.toString(), false, start, position));
    }

    private void character() throws ExpressionError {
        int start = position;
        position++;
        char c = charAt(position);
        if (c == '\'') {
            throw SyntaxErrors.emptyCharacter(start, position + 1);
        }
        if (c == '\n' || c == '\r' || position >= text.length()) {
            throw SyntaxErrors.unclosedCharacter(start, position);
        }
        char value = c == '\\' ? escape() : text.charAt(position++);
        if (charAt(position) != '\'') {
            // Underline up to a closing quote on the same line, if the user wrote one: 'ab' is one mistake.
            int close = position;
            while (close < text.length() && text.charAt(close) != '\'' && text.charAt(close) != '\n') {
                close++;
            }
            boolean closed = close < text.length() && text.charAt(close) == '\'';
            throw SyntaxErrors.unclosedCharacter(start, closed ? close + 1 : position);
        }
        position++;
        tokens.add(new Token(Kind.LITERAL, text.substring(start, position), LiteralKind.CHAR, value, false, start,
                position));
    }

    /** Decodes the escape sequence at {@code position} (a backslash) and moves past it. */
    private char escape() throws ExpressionError {
        int start = position;
        char c = charAt(position + 1);
        position += 2;
        switch (c) {
            case 'b': return '\b';
            case 't': return '\t';
            case 'n': return '\n';
            case 'f': return '\f';
            case 'r': return '\r';
            case 's': return ' ';
            case '"': return '"';
            case '\'': return '\'';
            case '\\': return '\\';
            case 'u': return unicodeEscape(start);
            default:
                if (c >= '0' && c <= '7') {
                    // \0 to \377: three digits only when the first is 0 to 3.
                    int value = c - '0';
                    int most = c <= '3' ? 2 : 1;
                    for (int i = 0; i < most && isOctal(charAt(position)); i++) {
                        value = value * 8 + (text.charAt(position++) - '0');
                    }
                    return (char) value;
                }
                throw SyntaxErrors.illegalEscape(start, Math.min(position, text.length()));
        }
    }

    private char unicodeEscape(int start) throws ExpressionError {
        while (charAt(position) == 'u') {
            position++;
        }
        if (position + 4 > text.length()) {
            throw SyntaxErrors.illegalUnicodeEscape(start, text.length());
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(position + i), 16);
            if (digit < 0) {
                throw SyntaxErrors.illegalUnicodeEscape(start, position + i + 1);
            }
            value = value * 16 + digit;
        }
        position += 4;
        return (char) value;
    }

    private void operator(char c) throws ExpressionError {
        for (String operator : OPERATORS) {
            if (text.startsWith(operator, position)) {
                tokens.add(Token.of(Kind.OPERATOR, operator, position, position + operator.length()));
                position += operator.length();
                return;
            }
        }
        throw SyntaxErrors.illegalCharacter(c, position);
    }

    private char charAt(int index) {
        return index < text.length() ? text.charAt(index) : '\0';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isOctal(char c) {
        return c >= '0' && c <= '7';
    }
}
