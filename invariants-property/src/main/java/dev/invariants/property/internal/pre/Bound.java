package dev.invariants.property.internal.pre;

import dev.invariants.junit.spi.syntax.Node;
import java.util.Set;

/**
 * The bound side of a {@link Constraint}: the tree the {@link Evaluator} reads in each try, and its text for
 * messages and for finding the parameters it reads. A bound taken from the precondition keeps the characters
 * as written; one the analysis builds (solving {@code x > a - p} for {@code p}) has no place in the text, so its
 * text is assembled from its operands'.
 */
public record Bound(Node expression, String text) {
    private static final Set<String> MULTIPLICATIVE = Set.of("*", "/", "%");
    private static final Set<String> ADDITIVE = Set.of("+", "-", "*", "/", "%");

    /** A subexpression of {@code source}, with its own characters. */
    static Bound of(String source, Node expression) {
        return new Bound(expression, source.substring(expression.start(), expression.end()));
    }

    /** An {@code int} constant the analysis introduces (the {@code 0} of {@code x.signum() > 0}). */
    static Bound integer(int value) {
        return new Bound(new Node.Literal(Node.LiteralKind.INT, value, false, -1, -1), Integer.toString(value));
    }

    /** {@code left operator right} for an additive {@code operator}, parenthesising an operand that needs it. */
    static Bound binary(Bound left, String operator, Bound right) {
        String leftText = needsParentheses(left.expression, ADDITIVE) ? "(" + left.text + ")" : left.text;
        String rightText = needsParentheses(right.expression, MULTIPLICATIVE) ? "(" + right.text + ")" : right.text;
        return new Bound(new Node.Binary(operator, left.expression, right.expression, -1, -1, -1),
                leftText + " " + operator + " " + rightText);
    }

    // Only the text needs them: the tree already groups the operands.
    private static boolean needsParentheses(Node operand, Set<String> binding) {
        if (operand instanceof Node.Binary binary) {
            return !binding.contains(binary.operator());
        }
        return operand instanceof Node.Conditional || operand instanceof Node.Lambda || operand instanceof Node.InstanceOf;
    }

    @Override
    public String toString() {
        return text;
    }
}
