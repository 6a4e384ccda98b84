package dev.invariants.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the demo's JSON reading")
class JsonTests {

    @Test
    @DisplayName("should read nested objects and arrays, escapes, numbers, booleans and null")
    void readsValues() {
        Object value = Json.parse(" {\"a\": [1, -2.5e1, true, false, null], \"b\": {\"c\": \"x\\\"y\\\\z\\n\\u00e9/\"}, \"d\": []} ");

        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("c", "x\"y\\z\né/");
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("a", Arrays.asList(new BigDecimal("1"), new BigDecimal("-2.5e1"), true, false, null));
        expected.put("b", inner);
        expected.put("d", List.of());
        assertThat(value).isEqualTo(expected);
    }

    @Test
    @DisplayName("should name the offset and the problem of invalid JSON")
    void rejectsInvalidJson() {
        assertThatThrownBy(() -> Json.parse("{\"a\": 1} x"))
                .hasMessage("invalid JSON at offset 9: unexpected text after the value");
        assertThatThrownBy(() -> Json.parse("{\"a\" 1}"))
                .hasMessage("invalid JSON at offset 5: expected ':'");
        assertThatThrownBy(() -> Json.parse("[\"abc"))
                .hasMessage("invalid JSON at offset 5: unterminated string");
        assertThatThrownBy(() -> Json.parse("[tru]"))
                .hasMessage("invalid JSON at offset 1: expected true");
        assertThatThrownBy(() -> Json.parse("\"\\u00zz\""))
                .hasMessage("invalid JSON at offset 3: invalid \\u escape");
        assertThatThrownBy(() -> Json.parse("[+]"))
                .hasMessage("invalid JSON at offset 1: expected a value");
    }
}
