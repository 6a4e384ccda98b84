package dev.invariants.junit.internal.expr.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.junit.spi.syntax.ExpressionError;
import dev.invariants.junit.spi.syntax.Node;

/** Asserts how the parser rejects a text: message, span and hint. */
final class Rejections {

    private Rejections() {}

    static ExpressionError error(String text) {
        Node tree;
        try {
            tree = Parser.parse(text);
        } catch (ExpressionError e) {
            return e;
        }
        throw new AssertionError("[" + text + "] parsed as " + TreeShape.of(tree));
    }

    /** {@code text} is rejected with {@code message}, the characters {@code start} to {@code end} at fault. */
    static ExpressionError assertRejected(String text, int start, int end, String message) {
        ExpressionError error = error(text);
        assertThat(error.getMessage()).as("message for [%s]", text).isEqualTo(message);
        assertThat(new int[] {error.start(), error.end()}).as("span for [%s]", text).containsExactly(start, end);
        return error;
    }

    static void assertRejected(String text, int start, int end, String message, String hint) {
        assertThat(assertRejected(text, start, end, message).hint()).as("hint for [%s]", text).isEqualTo(hint);
    }
}
