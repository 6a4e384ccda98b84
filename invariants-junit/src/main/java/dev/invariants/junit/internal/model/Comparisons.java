package dev.invariants.junit.internal.model;

import dev.invariants.junit.internal.expr.syntax.ExpressionError;
import dev.invariants.junit.internal.expr.syntax.Node;
import dev.invariants.junit.internal.expr.syntax.Node.Binary;
import dev.invariants.junit.internal.expr.syntax.Node.Call;
import dev.invariants.junit.internal.expr.syntax.Node.Literal;
import dev.invariants.junit.internal.expr.syntax.Node.LiteralKind;
import dev.invariants.junit.internal.expr.syntax.Node.Parens;
import dev.invariants.junit.internal.expr.syntax.Parser;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the numeric comparisons of a {@code post} expression: the operands of its top-level
 * conjunction ({@code &&}) that are {@code a < b}, {@code a <= b}, {@code a > b}, {@code a >= b}, or
 * {@code a.compareTo(b) OP 0} (and {@code 0 OP a.compareTo(b)}). A comparison under {@code ||}, {@code !}
 * or {@code ?:} has no single edge and is left out, as is everything past {@link #MAX}.
 * The runtime evaluates the two sides of each, in this order, and calls
 * {@code Recorder.boundary(invariant, index, left, right)}. Texts are the expression's own characters,
 * without the parentheses around them.
 */
public final class Comparisons {

    /** At most this many comparisons per invariant are followed. */
    public static final int MAX = 8;

    private Comparisons() {}

    /** The comparisons of the expression, in source order; empty when there are none or it does not parse. */
    public static List<Comparison> of(String post) {
        if (post == null || post.isBlank()) {
            return List.of();
        }
        Node expression;
        try {
            expression = Parser.parse(post);
        } catch (ExpressionError e) {
            // Not ours to report: the expression compiler names what does not compile.
            return List.of();
        }
        List<Comparison> found = new ArrayList<>();
        collect(post, expression, found);
        return found.size() > MAX ? List.copyOf(found.subList(0, MAX)) : List.copyOf(found);
    }

    private static void collect(String post, Node expression, List<Comparison> found) {
        Node value = unwrap(expression);
        if (!(value instanceof Binary operation)) {
            return;
        }
        String operator = operation.operator();
        if (operator.equals("&&")) {
            collect(post, operation.left(), found);
            collect(post, operation.right(), found);
            return;
        }
        if (!isRelational(operator)) {
            return;
        }
        Call leftCompare = compareTo(operation.left());
        Call rightCompare = compareTo(operation.right());
        String text = text(post, value);
        if (leftCompare != null && isZero(operation.right())) {
            found.add(new Comparison(text, text(post, leftCompare.target()), operator,
                    text(post, leftCompare.arguments().get(0))));
        } else if (rightCompare != null && isZero(operation.left())) {
            // 0 <= a.compareTo(b) is b <= a.
            found.add(new Comparison(text, text(post, rightCompare.arguments().get(0)), operator,
                    text(post, rightCompare.target())));
        } else if (leftCompare == null && rightCompare == null) {
            found.add(new Comparison(text, text(post, operation.left()), operator, text(post, operation.right())));
        }
    }

    private static boolean isRelational(String operator) {
        return operator.equals("<") || operator.equals("<=") || operator.equals(">") || operator.equals(">=");
    }

    private static Call compareTo(Node node) {
        return unwrap(node) instanceof Call call && call.name().equals("compareTo") && call.target() != null
                && call.arguments().size() == 1 ? call : null;
    }

    private static boolean isZero(Node node) {
        return unwrap(node) instanceof Literal literal && literal.kind() == LiteralKind.INT
                && Integer.valueOf(0).equals(literal.value());
    }

    /** The characters of {@code node}, without the parentheses around it. */
    private static String text(String post, Node node) {
        Node inner = unwrap(node);
        return post.substring(inner.start(), inner.end());
    }

    private static Node unwrap(Node node) {
        Node current = node;
        while (current instanceof Parens parens) {
            current = parens.expression();
        }
        return current;
    }
}
