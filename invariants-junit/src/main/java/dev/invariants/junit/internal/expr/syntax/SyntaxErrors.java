package dev.invariants.junit.internal.expr.syntax;

import dev.invariants.junit.spi.syntax.ExpressionError;
import dev.invariants.junit.spi.syntax.Node.Parameter;
import dev.invariants.junit.spi.syntax.Node.TypeRef;
import dev.invariants.junit.spi.syntax.Node;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One factory per syntax error. Each message starts with the words javac users know ({@code illegal start
 * of expression}, {@code ')' expected}, ...) and goes on to say what is wrong here; the hint says what to
 * write instead. Positions are those of the offending token; at the end of the text, right after the last
 * token.
 */
final class SyntaxErrors {

    private static final Map<String, String> STATEMENT_HINTS = Map.ofEntries(
            Map.entry("if", "write a conditional expression: condition ? whenTrue : whenFalse"),
            Map.entry("else", "write a conditional expression: condition ? whenTrue : whenFalse"),
            Map.entry("return", "write only the value: `x > 0` rather than `return x > 0;`"),
            Map.entry("for", "check every element with a stream: items.stream().allMatch(x -> ...)"),
            Map.entry("while", "check every element with a stream: items.stream().allMatch(x -> ...)"),
            Map.entry("do", "check every element with a stream: items.stream().allMatch(x -> ...)"),
            Map.entry("throw", "declare the exception in `raises` instead"),
            Map.entry("try", "an exception thrown by an expression is reported; declare expected ones in `raises`"),
            Map.entry("catch", "an exception thrown by an expression is reported; declare expected ones in `raises`"),
            Map.entry("finally", "an exception thrown by an expression is reported; declare expected ones in `raises`"),
            Map.entry("assert", "write the condition itself: an invariant is already an assertion"),
            Map.entry("break", "an invariant is one expression, without control flow"),
            Map.entry("continue", "an invariant is one expression, without control flow"),
            Map.entry("case", "write a conditional expression: condition ? whenTrue : whenFalse"),
            Map.entry("default", "write a conditional expression: condition ? whenTrue : whenFalse"),
            Map.entry("synchronized", "an invariant is one expression; it cannot take a lock"));

    private SyntaxErrors() {}

    // ---- Lexical

    static ExpressionError unclosedComment(int start, int end) {
        return new ExpressionError("unclosed comment", start, end, "close the comment with */");
    }

    static ExpressionError textBlock(int start) {
        return new ExpressionError("text blocks are not supported in an invariant", start, start + 3,
                "write an ordinary string literal in double quotes");
    }

    static ExpressionError unclosedString(int start, int end) {
        return new ExpressionError("unclosed string literal", start, end,
                "end the string with a double quote on the same line");
    }

    static ExpressionError emptyCharacter(int start, int end) {
        return new ExpressionError("empty character literal", start, end,
                "a char literal holds exactly one character, as in 'a'");
    }

    static ExpressionError unclosedCharacter(int start, int end) {
        return new ExpressionError("unclosed character literal", start, end,
                "a char literal holds exactly one character, as in 'a'; write text in double quotes");
    }

    static ExpressionError illegalEscape(int start, int end) {
        return new ExpressionError("illegal escape character in a literal", start, end,
                "the escapes are \\b \\t \\n \\f \\r \\s \\\" \\' \\\\, octal \\0 to \\377 and \\uXXXX;"
                        + " write \\\\ for a backslash");
    }

    static ExpressionError illegalUnicodeEscape(int start, int end) {
        return new ExpressionError("illegal unicode escape", start, end,
                "write \\u and four hexadecimal digits, as in \\u00e9");
    }

    static ExpressionError illegalCharacter(char c, int position) {
        String shown = c < ' ' || c > '~' ? String.format("\\u%04x", (int) c) : String.valueOf(c);
        String hint = Character.isWhitespace(c) || Character.isSpaceChar(c) ? "replace it with a plain space"
                : c == '\\' ? "a backslash can only stand inside a string or char literal"
                : c == '`' ? "write the expression without backquotes"
                : null;
        return new ExpressionError("illegal character: '" + shown + "'", position, position + 1, hint);
    }

    static ExpressionError malformedNumber(String message, int start, int end, String hint) {
        return new ExpressionError(message, start, end, hint);
    }

    static ExpressionError illegalUnderscore(int position) {
        return new ExpressionError("illegal underscore", position, position + 1,
                "an underscore can only stand between digits, as in 1_000_000");
    }

    static ExpressionError tooLarge(String literal, int start, int end, String hint) {
        return new ExpressionError("integer number too large: " + literal, start, end, hint);
    }

    static ExpressionError minimumLiteral(Token literal) {
        boolean isLong = literal.literalKind() == Node.LiteralKind.LONG;
        String hint = isLong ? "only -9223372036854775808L can be written, the minus right before the digits"
                : "only -2147483648 can be written, the minus right before the digits; as a long write 2147483648L";
        return new ExpressionError("integer number too large: " + literal.text(), literal.start(), literal.end(), hint);
    }

    // ---- Where an expression should start

    static ExpressionError empty(String text) {
        return new ExpressionError("illegal start of expression: the expression is empty", 0, text.length(),
                "write a boolean expression, such as result >= 0");
    }

    static ExpressionError tooDeep(String text) {
        return new ExpressionError("expression too deeply nested to compile", 0, text.length(),
                "split it with a helper method");
    }

    static ExpressionError illegalStart(Token token, Token previous) {
        ExpressionError special = special(token);
        if (special != null) {
            return special;
        }
        if (token.isEnd()) {
            if (previous == null) {
                return new ExpressionError("illegal start of expression: the expression is empty", 0, 1,
                        "write a boolean expression, such as result >= 0");
            }
            return at(token, "illegal start of expression: the expression ends after " + previous.shown(),
                    "complete the expression after " + previous.shown());
        }
        if (token.is(")") && previous != null && previous.is("(")) {
            return at(token, "illegal start of expression: `()` holds no expression",
                    "an empty pair of parentheses is only a call's argument list, as in old(x) or size()");
        }
        if (token.is(")") && previous != null && previous.is(",")) {
            return at(token, "illegal start of expression: an argument is missing after `,`",
                    "remove the `,` or add the argument");
        }
        if (token.is("{")) {
            return at(token, "illegal start of expression: `{` cannot start an expression",
                    "an array is written new int[] {1, 2}; a block cannot be part of an invariant");
        }
        if (token.is("@")) {
            return at(token, "illegal start of expression: annotations cannot appear in an invariant", null);
        }
        String hint = previous != null && previous.kind() == Token.Kind.OPERATOR && !previous.is(")")
                && !previous.is("]") ? "an operand is missing between " + previous.shown() + " and " + token.shown() : null;
        return at(token, "illegal start of expression: " + token.shown() + " cannot start an operand", hint);
    }

    static ExpressionError signAfterReferenceCast(TypeRef type, Token sign) {
        return at(sign, "illegal start of expression: a cast to " + written(type) + " cannot be followed by "
                + sign.shown(), "put the operand in parentheses: (" + written(type) + ") (" + sign.text() + "x)");
    }

    static ExpressionError keywordAsExpression(Token keyword) {
        String word = keyword.text();
        if (STATEMENT_HINTS.containsKey(word)) {
            return at(keyword, "illegal start of expression: `" + word + "` begins a statement, and an invariant is"
                    + " one expression", STATEMENT_HINTS.get(word));
        }
        if (word.equals("switch")) {
            return at(keyword, "illegal start of expression: `switch` is not supported in an invariant",
                    "write a conditional expression: condition ? whenTrue : whenFalse");
        }
        if (word.equals("_")) {
            return at(keyword, "illegal start of expression: `_` is a keyword", "since Java 9, `_` cannot be a name");
        }
        return at(keyword, "illegal start of expression: `" + word + "` is a keyword, not a name",
                word.equals("class") ? "x.getClass() gives an object's class, Foo.class names a class"
                        : "a Java keyword cannot be used as a name");
    }

    // ---- Something else expected

    static ExpressionError expected(String what, Token found, String hint) {
        ExpressionError special = special(found);
        return special != null ? special : at(found, "'" + what + "' expected" + found(found), hint);
    }

    static ExpressionError identifierExpected(Token found, String what) {
        String detail = found.kind() == Token.Kind.KEYWORD ? ", found the keyword `" + found.text() + "`" : found(found);
        return at(found, "<identifier> expected: " + what + detail,
                found.kind() == Token.Kind.KEYWORD ? "a Java keyword cannot be used as a name" : null);
    }

    static ExpressionError unclosedParenthesis(Token open, Token found) {
        ExpressionError special = special(found);
        return special != null ? special : at(found, "')' expected" + found(found),
                "close the `(` at character " + (open.start() + 1));
    }

    static ExpressionError unclosedArguments(Token open, Token found) {
        ExpressionError special = special(found);
        return special != null ? special : at(found, "')' expected" + found(found),
                "separate the arguments with `,` and close the call's `(` at character " + (open.start() + 1));
    }

    static ExpressionError unclosedInitializer(Token open, Token found) {
        ExpressionError special = special(found);
        return special != null ? special : at(found, "'}' expected" + found(found),
                "separate the elements with `,` and close the `{` at character " + (open.start() + 1));
    }

    static ExpressionError classLiteralExpected(TypeRef type, Token found) {
        return at(found, "'.class' expected" + found(found),
                "the type " + written(type) + " can only be followed by .class" + (type.dimensions() > 0 ? " or ::" : ""));
    }

    static ExpressionError trailing(Token token) {
        ExpressionError special = special(token);
        if (special != null) {
            return special;
        }
        if (token.is(")")) {
            return at(token, "unexpected `)`: no `(` is open here", "remove it, or add the matching `(`");
        }
        return at(token, "end of expression expected, found " + token.shown(),
                "is an operator missing before " + token.shown() + "?");
    }

    /** Tokens that mean the same mistake wherever they turn up. */
    private static ExpressionError special(Token token) {
        if (token.is(";")) {
            return at(token, "';' not expected: an invariant is one expression, not a statement", "remove the `;`");
        }
        if (token.is("->")) {
            return at(token, "lambda expression not expected here",
                    "a lambda can only be a method argument, a cast operand or a whole expression");
        }
        if (token.kind() == Token.Kind.OPERATOR && ExpressionParser.ASSIGNMENTS.contains(token.text())) {
            return assignment(token);
        }
        if (token.is("++") || token.is("--")) {
            return increment(token);
        }
        return null;
    }

    // ---- What an invariant cannot do

    static ExpressionError assignment(Token operator) {
        String spelling = operator.text();
        String hint = spelling.equals("=") ? "did you mean `==`?"
                : "write the value without assigning it: a " + spelling.substring(0, spelling.length() - 1) + " b";
        return at(operator, "`" + spelling + "` assigns; an invariant only reads", hint);
    }

    static ExpressionError increment(Token operator) {
        String hint = "write x " + operator.text().charAt(0) + " 1 for the value without changing x";
        return at(operator, "`" + operator.text() + "` changes its operand; an invariant only reads", hint);
    }

    static ExpressionError blockLambda(Token open, int end) {
        return new ExpressionError("a lambda body in an invariant must be an expression, not a block",
                open.start(), end, "write x -> x > 0 rather than x -> { return x > 0; }");
    }

    static ExpressionError superNotSupported(Token keyword, boolean methodReference) {
        return methodReference
                ? at(keyword, "`super::` method references are not supported in an invariant",
                        "write a method reference on this instead: this::name")
                : at(keyword, "`super` is not supported in an invariant",
                        "reach the inherited member through `this`, unless it is overridden");
    }

    static ExpressionError needsTypeName(Token keyword) {
        return at(keyword, "<identifier> expected: `" + keyword.text() + "` can only follow a type name",
                keyword.is("class") ? "x.getClass() gives an object's class, Foo.class names a class" : null);
    }

    static ExpressionError qualifiedNew(Token keyword) {
        return at(keyword, "qualified `new` (outer.new Inner()) is not supported in an invariant", null);
    }

    static ExpressionError emptyIndex(Token close) {
        return at(close, "illegal start of expression: `[]` needs an index",
                "write a[0] for an element; only a type can be followed by []");
    }

    static ExpressionError methodReferenceTypeArguments(Token open) {
        return at(open, "type arguments on a method reference are not supported in an invariant",
                "write a lambda instead");
    }

    static ExpressionError constructorTypeArguments(Token open) {
        return at(open, "type arguments before a constructor's type are not supported in an invariant",
                "write the type arguments after the type: new Foo<String>()");
    }

    static ExpressionError anonymousClass(Token open) {
        return at(open, "anonymous classes are not supported in an invariant",
                "write a lambda for a functional interface, or call a method that creates the object");
    }

    static ExpressionError arrayDimensionMissing(Token found) {
        return at(found, "array dimension missing",
                "give a size, as in new int[3], or the elements, as in new int[] {1, 2, 3}");
    }

    static ExpressionError dimensionsAndInitializer(Token open) {
        return at(open, "array creation with both dimension expression and initialization is illegal",
                "leave out the size: new int[] {1, 2}");
    }

    static ExpressionError nestedInitializer(Token open, TypeRef type) {
        return at(open, "illegal initializer for " + type.name(), "a nested `{ }` needs an array of arrays");
    }

    static ExpressionError outerTypeArguments(int start, int end) {
        return new ExpressionError("type arguments on an outer type (Outer<A>.Inner) are not supported", start, end,
                "name the inner type on its own: Outer.Inner<...>");
    }

    static ExpressionError recordPattern(Token open) {
        return at(open, "record patterns are not supported in an invariant",
                "test the type and read the components: o instanceof Point p && p.x() > 0");
    }

    static ExpressionError varargsParameter(Token ellipsis) {
        return at(ellipsis, "'...' not expected: a lambda parameter cannot be varargs",
                "declare it as an array: String[] values");
    }

    static ExpressionError mixedLambdaParameters(Parameter parameter) {
        return new ExpressionError("invalid lambda parameter declaration: cannot mix implicitly-typed and"
                + " explicitly-typed parameters", parameter.start(), parameter.end(),
                "give every parameter a type, or none");
    }

    private static ExpressionError at(Token token, String message, String hint) {
        return new ExpressionError(message, token.start(), token.end(), hint);
    }

    private static String found(Token token) {
        return token.isEnd() ? " at the end of the expression" : ", found " + token.shown();
    }

    /** A type as written, without spaces. */
    private static String written(TypeRef type) {
        if (type.isWildcard()) {
            return type.bound() == null ? "?" : "? " + (type.superBound() ? "super " : "extends ") + written(type.bound());
        }
        String arguments = type.diamond() ? "<>" : type.arguments().isEmpty() ? ""
                : type.arguments().stream().map(SyntaxErrors::written).collect(Collectors.joining(", ", "<", ">"));
        return type.name() + arguments + "[]".repeat(type.dimensions());
    }
}
