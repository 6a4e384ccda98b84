package dev.invariants.report.internal.write;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** A small streaming JSON writer, pretty-printed with two spaces; no library needed at run time. */
final class JsonWriter {

    private final StringBuilder out = new StringBuilder();
    private final Deque<Boolean> first = new ArrayDeque<>();
    private boolean afterName;

    JsonWriter beginObject() {
        value();
        out.append('{');
        first.push(true);
        return this;
    }

    JsonWriter endObject() {
        return close('}');
    }

    JsonWriter beginArray() {
        value();
        out.append('[');
        first.push(true);
        return this;
    }

    JsonWriter endArray() {
        return close(']');
    }

    JsonWriter name(String name) {
        separator();
        string(name);
        out.append(": ");
        afterName = true;
        return this;
    }

    JsonWriter value(String value) {
        value();
        if (value == null) {
            out.append("null");
        } else {
            string(value);
        }
        return this;
    }

    JsonWriter value(long value) {
        value();
        out.append(value);
        return this;
    }

    JsonWriter value(double value) {
        value();
        out.append(Double.isFinite(value) ? Double.toString(value) : "null");
        return this;
    }

    JsonWriter value(boolean value) {
        value();
        out.append(value);
        return this;
    }

    JsonWriter strings(List<String> values) {
        beginArray();
        values.forEach(this::value);
        return endArray();
    }

    String text() {
        return out.append('\n').toString();
    }

    private JsonWriter close(char bracket) {
        boolean empty = first.pop();
        if (!empty) {
            newline();
        }
        out.append(bracket);
        return this;
    }

    private void value() {
        if (afterName) {
            afterName = false;
            return;
        }
        separator();
    }

    private void separator() {
        if (first.isEmpty()) {
            return;
        }
        if (!first.peek()) {
            out.append(',');
        }
        first.pop();
        first.push(false);
        newline();
    }

    private void newline() {
        out.append('\n');
        for (int depth = first.size(); depth > 0; depth--) {
            out.append("  ");
        }
    }

    private void string(String value) {
        out.append('"');
        if (plain(value)) {
            out.append(value).append('"'); // most names, ids and test ids: nothing to escape
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    // Escaping '<' keeps "</script>" harmless when the JSON is embedded in the HTML page.
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.append("\\u");
                        for (int shift = 12; shift >= 0; shift -= 4) {
                            out.append(Character.forDigit((c >> shift) & 0xF, 16));
                        }
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean plain(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }
}
