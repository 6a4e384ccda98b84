package dev.invariants.property.internal.gen;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A counterexample is read by people and pasted into tests: Java literals where there are any. */
class ValuePrinterTests {

    record Money(long cents) {
    }

    static class Account {
        static final int IGNORED = 1;
        final String owner;
        final Account parent;

        Account(String owner, Account parent) {
            this.owner = owner;
            this.parent = parent;
        }
    }

    static class Named {
        @Override
        public String toString() {
            return "named";
        }
    }

    static class Base {
        final int inherited = 7;
    }

    static class Derived extends Base {
        final int own = 8;
    }

    @Test
    @DisplayName("literals as Java writes them")
    void literals() {
        assertThat(ValuePrinter.print(null)).isEqualTo("null");
        assertThat(ValuePrinter.print("a\"b")).isEqualTo("\"a\\\"b\"");
        assertThat(ValuePrinter.print('x')).isEqualTo("'x'");
        assertThat(ValuePrinter.print('\n')).isEqualTo("'\\n'");
        assertThat(ValuePrinter.print(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(ValuePrinter.print(5L)).isEqualTo("5L");
        assertThat(ValuePrinter.print(1.5f)).isEqualTo("1.5f");
        assertThat(ValuePrinter.print(2.5)).isEqualTo("2.5");
        assertThat(ValuePrinter.print(7)).isEqualTo("7");
        assertThat(ValuePrinter.print(DayOfWeek.MONDAY)).isEqualTo("DayOfWeek.MONDAY");
    }

    @Test
    @DisplayName("characters that hide or confuse are escaped")
    void escapes() {
        assertThat(ValuePrinter.escape("\\\t\r\0\u007f\u202e\ufeff")).isEqualTo("\\\\\\t\\r\\u0000\\u007f\\u202e\\ufeff");
        assertThat(ValuePrinter.escape("\ud800")).as("a lone surrogate").isEqualTo("\\ud800");
        assertThat(ValuePrinter.escape("\ud83d\ude00 é")).as("a pair and an accent stay").isEqualTo("\ud83d\ude00 é");
    }

    @Test
    @DisplayName("a long text is cut at 120 characters, saying how long it was")
    void longText() {
        assertThat(ValuePrinter.print("a".repeat(120))).isEqualTo("\"" + "a".repeat(120) + "\"");
        assertThat(ValuePrinter.print("a".repeat(121))).isEqualTo("\"" + "a".repeat(120) + "\"... (121 chars)");
    }

    @Test
    @DisplayName("arrays, collections, maps and optionals item by item")
    void containers() {
        Map<String, Long> map = new LinkedHashMap<>();
        map.put("k", 1L);
        map.put("z", null);

        assertThat(ValuePrinter.print(new int[] {1, 2})).isEqualTo("[1, 2]");
        assertThat(ValuePrinter.print(new String[] {"a", null})).isEqualTo("[\"a\", null]");
        assertThat(ValuePrinter.print(List.of("a", 'b'))).isEqualTo("[\"a\", 'b']");
        assertThat(ValuePrinter.print(map)).isEqualTo("{\"k\"=1L, \"z\"=null}");
        assertThat(ValuePrinter.print(Optional.of(3L))).isEqualTo("Optional[3L]");
        assertThat(ValuePrinter.print(Optional.empty())).isEqualTo("Optional.empty");
    }

    @Test
    @DisplayName("records and classes with their own toString print themselves; other classes print their fields")
    void objects() {
        assertThat(ValuePrinter.print(new Money(5))).isEqualTo("Money[cents=5]");
        assertThat(ValuePrinter.print(new Named())).isEqualTo("named");
        assertThat(ValuePrinter.print(new Account("ann", null))).isEqualTo("Account{owner=\"ann\", parent=null}");
        assertThat(ValuePrinter.print(new Derived())).isEqualTo("Derived{own=8, inherited=7}");
    }

    @Test
    @DisplayName("nesting deeper than three levels falls back to toString")
    void depth() {
        Account deep = new Account("d", new Account("c", new Account("b", new Account("a", null))));

        assertThat(ValuePrinter.print(deep)).startsWith("Account{owner=\"d\", parent=Account{owner=\"c\", parent=Account{owner=\"b\", parent=")
                .contains("ValuePrinterTests$Account@");
    }
}
