package dev.invariants.junit.internal.model;

import dev.invariants.junit.spi.syntax.ExpressionError;
import dev.invariants.junit.spi.syntax.Node;
import dev.invariants.junit.internal.expr.syntax.Parser;
import dev.invariants.report.Comparison;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the numeric comparisons of a {@code post} expression: the operands of its top-level
 * conjunction ({@code &&}) that are {@code a < b}, {@code a <= b}, {@code a > b}, {@code a >= b}, or
 * {@code a.compareTo(b) OP 0} (and {@code 0 OP a.compareTo(b)}). A comparison under {@code ||}, {@code !}
 * or {@code ?:} has no single edge and is left out, as is everything past {@link #MAX}.
 * The runtime evaluates the two sides of each, in this order, and calls
 * {@code Recorder.boundary(invariant, index, left, right)}. Texts are the expression's own characters.
 */
public final class Comparisons {

    /** At most this many comparisons per invariant are followed. */
    public static final int MAX = 8;

    /** A comparison found in a parsed expression, with the trees of its two sides. */
    public record Found(Comparison comparison, Node left, Node right) {}

    private Comparisons() {}

    /** The comparisons of the expression, in source order; empty when there are none or it does not parse. */
    public static List<Comparison> of(String post) {
        if (post == null || post.isBlank()) {
            return List.of();
        }
        try {
            return find(Parser.parse(post), post).stream().map(Found::comparison).toList();
        } catch (ExpressionError | RuntimeException e) {
            // Not ours to report: the expression compiler names what does not compile.
            return List.of();
        }
    }

    /** The comparisons of {@code expression}, parsed from {@code text}, in source order. */
    public static List<Found> find(Node expression, String text) {
        List<Found> found = new ArrayList<>();
        collect(expression, text, found);
        return found.size() > MAX ? List.copyOf(found.subList(0, MAX)) : List.copyOf(found);
    }

    private static void collect(Node expression, String text, List<Found> found) {
        Node value = unwrap(expression);
        if (!(value instanceof Node.Binary operation)) {
            return;
        }
        String operator = operation.operator();
        if (operator.equals("&&")) {
            collect(operation.left(), text, found);
            collect(operation.right(), text, found);
            return;
        }
        if (!isRelational(operator)) {
            return;
        }
        Node.Call leftCompare = compareTo(operation.left());
        Node.Call rightCompare = compareTo(operation.right());
        if (leftCompare != null && isZero(operation.right())) {
            add(found, text, value, unwrap(leftCompare.target()), operator, unwrap(leftCompare.arguments().get(0)));
        } else if (rightCompare != null && isZero(operation.left())) {
            // 0 <= a.compareTo(b) is b <= a.
            add(found, text, value, unwrap(rightCompare.arguments().get(0)), operator, unwrap(rightCompare.target()));
        } else if (leftCompare == null && rightCompare == null) {
            add(found, text, value, unwrap(operation.left()), operator, unwrap(operation.right()));
        }
    }

    private static void add(List<Found> found, String text, Node whole, Node left, String operator, Node right) {
        found.add(new Found(new Comparison(source(text, whole), source(text, left), operator, source(text, right)),
                left, right));
    }

    private static String source(String text, Node node) {
        return text.substring(node.start(), node.end()).strip();
    }

    private static boolean isRelational(String operator) {
        return operator.equals("<") || operator.equals("<=") || operator.equals(">") || operator.equals(">=");
    }

    private static Node.Call compareTo(Node value) {
        return unwrap(value) instanceof Node.Call call && call.name().equals("compareTo") && call.target() != null
                && call.arguments().size() == 1 ? call : null;
    }

    private static boolean isZero(Node value) {
        return unwrap(value) instanceof Node.Literal literal && literal.kind() == Node.LiteralKind.INT
                && Integer.valueOf(0).equals(literal.value());
    }

    private static Node unwrap(Node value) {
        Node current = value;
        while (current instanceof Node.Parens parenthesized) {
            current = parenthesized.expression();
        }
        return current;
    }
}
