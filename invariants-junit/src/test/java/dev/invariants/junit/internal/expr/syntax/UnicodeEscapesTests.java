package dev.invariants.junit.internal.expr.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.invariants.junit.spi.syntax.ExpressionError;
import dev.invariants.junit.spi.syntax.Node;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Unicode escapes")
class UnicodeEscapesTests {

    @Test
    @DisplayName("should translate escapes before reading, also the ones that make operators and quotes")
    void translatesFirst() throws ExpressionError {
        Node.Binary sum = (Node.Binary) Parser.parse("\\u0031 \\u002b 1");
        assertThat(sum.operator()).isEqualTo("+");
        assertThat(((Node.Literal) sum.left()).value()).isEqualTo(1);
        Node.Literal newline = (Node.Literal) Parser.parse("\"\\u005cn\"");
        assertThat(newline.value()).isEqualTo("\n");
    }

    @Test
    @DisplayName("should not translate an escape whose backslash is itself escaped")
    void escapedBackslash() throws ExpressionError {
        Node.Literal text = (Node.Literal) Parser.parse("\"\\\\u0041\"");
        assertThat(text.value()).isEqualTo("\\u0041");
    }

    @Test
    @DisplayName("should give positions in the text as written")
    void positions() throws ExpressionError {
        String written = "\\u0061bc + nosuch";
        Node.Binary sum = (Node.Binary) Parser.parse(written);
        Node.Name left = (Node.Name) sum.left();
        assertThat(left.identifier()).isEqualTo("abc");
        assertThat(written.substring(left.start(), left.end())).isEqualTo("\\u0061bc");
        Node.Name right = (Node.Name) sum.right();
        assertThat(written.substring(right.start(), right.end())).isEqualTo("nosuch");
    }

    @Test
    @DisplayName("should reject a malformed escape where it is written")
    void malformed() {
        assertThatThrownBy(() -> Parser.parse("1 + \\u00g1")).isInstanceOfSatisfying(ExpressionError.class, e -> {
            assertThat(e.getMessage()).isEqualTo("illegal unicode escape");
            assertThat(e.start()).isEqualTo(4);
        });
    }
}
