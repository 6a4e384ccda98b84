package dev.invariants.junit.internal.model;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.codehaus.janino.Java;
import org.codehaus.janino.Parser;
import org.codehaus.janino.Scanner;
import org.codehaus.janino.TokenType;

/**
 * Finds the numeric comparisons of a {@code post} expression: the operands of its top-level
 * conjunction ({@code &&}) that are {@code a < b}, {@code a <= b}, {@code a > b}, {@code a >= b}, or
 * {@code a.compareTo(b) OP 0} (and {@code 0 OP a.compareTo(b)}). A comparison under {@code ||}, {@code !}
 * or {@code ?:} has no single edge and is left out, as is everything past {@link #MAX}.
 * The runtime evaluates the two sides of each, in this order, and calls
 * {@code Recorder.boundary(invariant, index, left, right)}.
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
        try {
            Parser parser = new Parser(new Scanner(null, new StringReader(post)));
            Java.Rvalue expression = parser.parseExpression();
            if (parser.peek().type != TokenType.END_OF_INPUT) {
                return List.of();
            }
            List<Comparison> found = new ArrayList<>();
            collect(expression, found);
            return found.size() > MAX ? List.copyOf(found.subList(0, MAX)) : List.copyOf(found);
        } catch (Exception e) {
            // Not ours to report: the expression compiler names what does not compile.
            return List.of();
        }
    }

    private static void collect(Java.Rvalue expression, List<Comparison> found) {
        Java.Rvalue value = unwrap(expression);
        if (!(value instanceof Java.BinaryOperation operation)) {
            return;
        }
        String operator = operation.operator;
        if (operator.equals("&&")) {
            collect(operation.lhs, found);
            collect(operation.rhs, found);
            return;
        }
        if (!isRelational(operator)) {
            return;
        }
        Java.MethodInvocation leftCompare = compareTo(operation.lhs);
        Java.MethodInvocation rightCompare = compareTo(operation.rhs);
        if (leftCompare != null && isZero(operation.rhs)) {
            found.add(new Comparison(value.toString(), leftCompare.target.toString(), operator,
                    unwrap(leftCompare.arguments[0]).toString()));
        } else if (rightCompare != null && isZero(operation.lhs)) {
            // 0 <= a.compareTo(b) is b <= a.
            found.add(new Comparison(value.toString(), unwrap(rightCompare.arguments[0]).toString(), operator,
                    rightCompare.target.toString()));
        } else if (leftCompare == null && rightCompare == null) {
            found.add(new Comparison(value.toString(), unwrap(operation.lhs).toString(), operator,
                    unwrap(operation.rhs).toString()));
        }
    }

    private static boolean isRelational(String operator) {
        return operator.equals("<") || operator.equals("<=") || operator.equals(">") || operator.equals(">=");
    }

    private static Java.MethodInvocation compareTo(Java.Rvalue value) {
        return unwrap(value) instanceof Java.MethodInvocation call && call.methodName.equals("compareTo")
                && call.target != null && call.arguments.length == 1 ? call : null;
    }

    private static boolean isZero(Java.Rvalue value) {
        return unwrap(value) instanceof Java.IntegerLiteral literal && literal.value.equals("0");
    }

    private static Java.Rvalue unwrap(Java.Rvalue value) {
        Java.Rvalue current = value;
        while (current instanceof Java.ParenthesizedExpression parenthesized) {
            current = parenthesized.value;
        }
        return current;
    }
}
