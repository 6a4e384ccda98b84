package dev.invariants.junit.internal.expr;

import dev.invariants.junit.internal.expr.syntax.Caret;
import dev.invariants.junit.spi.syntax.ExpressionError;

/**
 * The reasons of definition errors found compiling an expression: what is wrong, then the expression
 * with a caret line under the characters at fault, then what to write instead.
 */
final class Problems {

    private static final String INDENT = "    ";

    private Problems() {}

    /** {@code [result >] does not compile: illegal start of expression}, the caret, the hints. */
    static String doesNotCompile(String expression, ExpressionError error, String parameterHint) {
        StringBuilder reason = new StringBuilder("[").append(expression).append("] does not compile: ")
                .append(error.getMessage());
        reason.append(caret(expression, error.start(), error.end()));
        if (error.hint() != null && !error.hint().isBlank()) {
            reason.append("\n  ").append(error.hint());
        }
        if (parameterHint != null) {
            reason.append("\n  ").append(parameterHint);
        }
        return reason.toString();
    }

    /** A reason in the words users know ({@code `result` is only available in `post`}), then the caret. */
    static String structural(String reason, String expression, int start, int end) {
        return reason + caret(expression, start, end);
    }

    /** The expression on one line and a caret line under {@code start..end}, each on a line of its own. */
    static String caret(String expression, int start, int end) {
        String[] lines = Caret.underline(expression, start, end).split("\n", -1);
        StringBuilder result = new StringBuilder();
        for (String line : lines) {
            result.append('\n').append(INDENT).append(line);
        }
        return result.toString();
    }
}
