package dev.invariants.junit.internal.expr.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.junit.spi.syntax.ExpressionError;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CaretTests {

    @Test
    @DisplayName("should put one caret per character of the span, under it")
    void span() {
        assertThat(Caret.underline("value = 1", 6, 7)).isEqualTo("value = 1\n      ^");
        assertThat(Caret.underline("class > 0", 0, 5)).isEqualTo("class > 0\n^^^^^");
        assertThat(Caret.underline("a.b(c)", 2, 6)).isEqualTo("a.b(c)\n  ^^^^");
    }

    @Test
    @DisplayName("should put a caret right after the text when the span is past its end")
    void pastTheEnd() {
        assertThat(Caret.underline("result >", 8, 9)).isEqualTo("result >\n        ^");
        assertThat(Caret.underline("result >", 20, 30)).isEqualTo("result >\n        ^");
        assertThat(Caret.underline("", 0, 1)).isEqualTo("\n^");
    }

    @Test
    @DisplayName("should show at least one caret, even for an empty or reversed span")
    void atLeastOne() {
        assertThat(Caret.underline("abc", 1, 1)).isEqualTo("abc\n ^");
        assertThat(Caret.underline("abc", 2, 0)).isEqualTo("abc\n  ^");
        assertThat(Caret.underline("abc", -3, 1)).isEqualTo("abc\n^");
    }

    @Test
    @DisplayName("should keep carets aligned across tabs and line breaks")
    void alignment() {
        assertThat(Caret.underline("a\t> b", 4, 5)).isEqualTo("a\t> b\n \t  ^");
        assertThat(Caret.underline("a >\n  b =", 8, 9)).isEqualTo("a >   b =\n        ^");
    }

    @Test
    @DisplayName("should underline where the parser says the error is")
    void fromAnError() {
        ExpressionError error = Rejections.error("result > > 0");
        assertThat(Caret.underline("result > > 0", error)).isEqualTo("result > > 0\n         ^");
    }
}
