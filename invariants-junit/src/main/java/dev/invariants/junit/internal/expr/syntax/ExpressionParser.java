package dev.invariants.junit.internal.expr.syntax;

import dev.invariants.junit.internal.expr.syntax.Token.Kind;
import dev.invariants.junit.spi.syntax.ExpressionError;
import dev.invariants.junit.spi.syntax.Node.Binary;
import dev.invariants.junit.spi.syntax.Node.Cast;
import dev.invariants.junit.spi.syntax.Node.Conditional;
import dev.invariants.junit.spi.syntax.Node.InstanceOf;
import dev.invariants.junit.spi.syntax.Node.Lambda;
import dev.invariants.junit.spi.syntax.Node.Literal;
import dev.invariants.junit.spi.syntax.Node.Parameter;
import dev.invariants.junit.spi.syntax.Node.TypeRef;
import dev.invariants.junit.spi.syntax.Node.Unary;
import dev.invariants.junit.spi.syntax.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Expressions from the top down to the unary operators (JLS 15.15 to 15.27): lambdas, the conditional,
 * the binary operators by precedence climbing, {@code instanceof}, casts and prefix operators. Primaries
 * and what follows them are {@link PrimaryParser}'s.
 */
final class ExpressionParser {

    /** Binary operators by precedence, higher binds tighter; {@code instanceof} sits with the relational ones. */
    private static final Map<String, Integer> PRECEDENCE = Map.ofEntries(Map.entry("||", 1), Map.entry("&&", 2),
            Map.entry("|", 3), Map.entry("^", 4), Map.entry("&", 5), Map.entry("==", 6), Map.entry("!=", 6),
            Map.entry("<", 7), Map.entry(">", 7), Map.entry("<=", 7), Map.entry(">=", 7), Map.entry("instanceof", 7),
            Map.entry("<<", 8), Map.entry(">>", 8), Map.entry(">>>", 8), Map.entry("+", 9), Map.entry("-", 9),
            Map.entry("*", 10), Map.entry("/", 10), Map.entry("%", 10));

    static final Set<String> ASSIGNMENTS = Set.of("=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=",
            ">>>=");

    private final Cursor cursor;
    private final TypeParser types;
    private final PrimaryParser primaries;

    ExpressionParser(Cursor cursor) {
        this.cursor = cursor;
        this.types = new TypeParser(cursor);
        this.primaries = new PrimaryParser(cursor, types, this);
    }

    /** An expression where Java allows any: a lambda or a conditional; an assignment is rejected. */
    Node expression() throws ExpressionError {
        if (lambdaAhead()) {
            return lambda();
        }
        Node expression = conditional();
        Token next = cursor.peek();
        if (next.kind() == Kind.OPERATOR && ASSIGNMENTS.contains(next.text())) {
            throw SyntaxErrors.assignment(next);
        }
        return expression;
    }

    private Node conditional() throws ExpressionError {
        Node condition = binary(1);
        if (!cursor.accept("?")) {
            return condition;
        }
        Node whenTrue = expression();
        if (!cursor.accept(":")) {
            throw SyntaxErrors.expected(":", cursor.peek(), "a conditional is written condition ? whenTrue : whenFalse");
        }
        Node whenFalse = lambdaAhead() ? lambda() : conditional();
        return new Conditional(condition, whenTrue, whenFalse, condition.start(), whenFalse.end());
    }

    private Node binary(int minimum) throws ExpressionError {
        Node left = unary();
        while (true) {
            Token operator = cursor.peek();
            Integer precedence = operator.kind() == Kind.OPERATOR || operator.is("instanceof")
                    ? PRECEDENCE.get(operator.text()) : null;
            if (precedence == null || precedence < minimum) {
                return left;
            }
            cursor.next();
            if (operator.is("instanceof")) {
                left = instanceOf(left);
            } else {
                Node right = binary(precedence + 1);
                left = new Binary(operator.text(), left, right, operator.start(), left.start(), right.end());
            }
        }
    }

    private Node instanceOf(Node expression) throws ExpressionError {
        boolean isFinal = cursor.accept("final");
        TypeRef type = types.type();
        if (cursor.at("(")) {
            throw SyntaxErrors.recordPattern(cursor.peek());
        }
        if (cursor.peek().isIdentifier()) {
            Token binding = cursor.next();
            return new InstanceOf(expression, type, binding.text(), expression.start(), binding.end());
        }
        if (isFinal) {
            throw SyntaxErrors.identifierExpected(cursor.peek(), "the name of the pattern variable");
        }
        return new InstanceOf(expression, type, null, expression.start(), type.end());
    }

    /** {@code (a, b)}: the cursor is at the {@code (}. */
    List<Node> arguments() throws ExpressionError {
        Token open = cursor.next();
        List<Node> arguments = new ArrayList<>();
        if (cursor.accept(")")) {
            return List.of();
        }
        while (true) {
            arguments.add(expression());
            if (cursor.accept(",")) {
                continue;
            }
            if (cursor.accept(")")) {
                return List.copyOf(arguments);
            }
            throw SyntaxErrors.unclosedArguments(open, cursor.peek());
        }
    }

    /** Prefix {@code + - ! ~} and casts (JLS 15.15, 15.16). */
    Node unary() throws ExpressionError {
        Token operator = cursor.peek();
        if (operator.is("-") || operator.is("+")) {
            cursor.next();
            Token literal = cursor.peek();
            if (operator.is("-") && literal.minimum()) {
                // -2147483648: the only place that literal may stand (JLS 3.10.1).
                cursor.next();
                Literal minimum = new Literal(literal.literalKind(), literal.value(), true, literal.start(),
                        literal.end());
                return new Unary("-", minimum, operator.start(), literal.end());
            }
            Node operand = unary();
            return new Unary(operator.text(), operand, operator.start(), operand.end());
        }
        if (operator.is("++") || operator.is("--")) {
            throw SyntaxErrors.increment(operator);
        }
        return unaryNotPlusMinus();
    }

    private Node unaryNotPlusMinus() throws ExpressionError {
        Token operator = cursor.peek();
        if (operator.is("!") || operator.is("~")) {
            cursor.next();
            Node operand = unary();
            return new Unary(operator.text(), operand, operator.start(), operand.end());
        }
        if (operator.is("(")) {
            Node cast = castOrNull();
            if (cast != null) {
                return cast;
            }
        }
        return primaries.postfix(primaries.primary());
    }

    /**
     * A cast, or {@code null} (and the cursor back at the {@code (}) when the parenthesis is a group.
     * JLS 15.16: a primitive type in parentheses is always a cast, and its operand may start with a sign;
     * {@code (Name)} is a cast only when what follows cannot continue an expression, so {@code (a) - b}
     * subtracts while {@code (Name) x}, {@code (Name) (x)} and {@code (Name) !x} cast. Type arguments or
     * dimensions make it a type either way.
     */
    private Node castOrNull() throws ExpressionError {
        Cursor.Mark mark = cursor.mark();
        Token open = cursor.next();
        boolean primitive = TypeParser.isPrimitive(cursor.peek());
        if (!primitive && !cursor.peek().isIdentifier()) {
            cursor.reset(mark);
            return null;
        }
        TypeRef type;
        try {
            type = types.type();
        } catch (ExpressionError notAType) {
            cursor.reset(mark);
            return null;
        }
        if (!cursor.accept(")")) {
            cursor.reset(mark);
            return null;
        }
        if (primitive && type.dimensions() == 0) {
            Node operand = unary();
            return new Cast(type, operand, open.start(), operand.end());
        }
        boolean onlyType = primitive || !type.arguments().isEmpty() || type.dimensions() > 0;
        if (!onlyType && !startsCastOperand(cursor.peek())) {
            cursor.reset(mark);
            return null;
        }
        if (cursor.at("+") || cursor.at("-")) {
            throw SyntaxErrors.signAfterReferenceCast(type, cursor.peek());
        }
        Node operand = lambdaAhead() ? lambda() : unaryNotPlusMinus();
        return new Cast(type, operand, open.start(), operand.end());
    }

    private static boolean startsCastOperand(Token token) {
        return switch (token.kind()) {
            case IDENTIFIER, LITERAL -> true;
            case KEYWORD -> token.is("this") || token.is("super") || token.is("new") || token.is("switch")
                    || token.is("void") || TypeParser.isPrimitive(token);
            case OPERATOR -> token.is("(") || token.is("!") || token.is("~");
            case END -> false;
        };
    }

    /** {@code x ->} or {@code ( ... ) ->} ahead. */
    private boolean lambdaAhead() {
        Token token = cursor.peek();
        if (token.isIdentifier()) {
            return cursor.peek(1).is("->");
        }
        if (!token.is("(")) {
            return false;
        }
        int close = cursor.closingParenthesis();
        return close > 0 && cursor.peek(close + 1).is("->");
    }

    private Node lambda() throws ExpressionError {
        int start = cursor.peek().start();
        List<Parameter> parameters = new ArrayList<>();
        if (cursor.peek().isIdentifier()) {
            Token name = cursor.next();
            parameters.add(new Parameter(name.text(), null, name.start(), name.end()));
        } else {
            cursor.next();
            if (!cursor.at(")")) {
                do {
                    parameters.add(parameter());
                } while (cursor.accept(","));
            }
            if (!cursor.accept(")")) {
                throw SyntaxErrors.expected(")", cursor.peek(), "separate lambda parameters with `,`");
            }
            checkParameters(parameters);
        }
        cursor.next();
        if (cursor.at("{")) {
            throw SyntaxErrors.blockLambda(cursor.peek(), blockEnd());
        }
        Node body = expression();
        return new Lambda(List.copyOf(parameters), body, start, body.end());
    }

    private Parameter parameter() throws ExpressionError {
        Token first = cursor.peek();
        if (first.isIdentifier() && (cursor.peek(1).is(",") || cursor.peek(1).is(")"))) {
            cursor.next();
            return new Parameter(first.text(), null, first.start(), first.end());
        }
        cursor.accept("final");
        TypeRef type;
        if (cursor.peek().isIdentifier() && cursor.peek().text().equals("var") && cursor.peek(1).isIdentifier()) {
            cursor.next();
            type = null;
        } else {
            type = types.type();
        }
        if (cursor.at("...")) {
            throw SyntaxErrors.varargsParameter(cursor.peek());
        }
        Token name = cursor.peek();
        if (!name.isIdentifier()) {
            throw SyntaxErrors.identifierExpected(name, "the name of the lambda parameter");
        }
        cursor.next();
        return new Parameter(name.text(), type, first.start(), name.end());
    }

    /** Java does not let inferred and declared parameter types mix: {@code (a, int b) -> ...}. */
    private static void checkParameters(List<Parameter> parameters) throws ExpressionError {
        boolean typed = parameters.stream().anyMatch(parameter -> parameter.type() != null);
        for (Parameter parameter : parameters) {
            if (typed && parameter.type() == null) {
                throw SyntaxErrors.mixedLambdaParameters(parameter);
            }
        }
    }

    /** The end of the block starting at the current {@code {}: its matching brace, or the end of the text. */
    private int blockEnd() {
        int depth = 0;
        for (int i = 0;; i++) {
            Token token = cursor.peek(i);
            if (token.isEnd()) {
                return token.start();
            }
            if (token.is("{")) {
                depth++;
            } else if (token.is("}") && --depth == 0) {
                return token.end();
            }
        }
    }
}
