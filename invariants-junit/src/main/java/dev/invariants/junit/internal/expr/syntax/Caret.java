package dev.invariants.junit.internal.expr.syntax;

import dev.invariants.junit.spi.syntax.ExpressionError;

/**
 * Puts carets under a span of an expression, for definition-error messages:
 * <pre>
 * result > > 0
 *          ^
 * </pre>
 */
public final class Caret {

    private Caret() {}

    /**
     * Two lines: {@code text}, and under it {@code ^} from {@code start} (inclusive) to {@code end}
     * (exclusive), at least one. A span past the end of the text (an expression that ends too early) puts
     * its caret right after the last character. Line breaks in the text are shown as spaces and tabs are
     * repeated in the caret line, so that the carets stay under their characters.
     */
    public static String underline(String text, int start, int end) {
        int from = Math.max(0, Math.min(start, text.length()));
        int to = Math.max(from + 1, Math.min(end, text.length()));
        StringBuilder lines = new StringBuilder(2 * text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            lines.append(c == '\n' || c == '\r' ? ' ' : c);
        }
        lines.append('\n');
        for (int i = 0; i < from; i++) {
            lines.append(text.charAt(i) == '\t' ? '\t' : ' ');
        }
        lines.append("^".repeat(to - from));
        return lines.toString();
    }

    /** {@link #underline(String, int, int)} under the span of {@code error}. */
    public static String underline(String text, ExpressionError error) {
        return underline(text, error.start(), error.end());
    }
}
