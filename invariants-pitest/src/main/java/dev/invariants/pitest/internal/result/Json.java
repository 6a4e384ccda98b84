package dev.invariants.pitest.internal.result;

import java.util.List;
import java.util.Map;

/**
 * Just enough JSON writing for one file: maps (in their iteration order), lists, strings, numbers, booleans and
 * null. The plugin bundles no library, and PIT's class path may hold any version of one.
 */
final class Json {

    private Json() {}

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, 0, out);
        return out.append('\n').toString();
    }

    private static void write(Object value, int depth, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            writeMap(map, depth, out);
        } else if (value instanceof List<?> list) {
            writeList(list, depth, out);
        } else if (value instanceof String s) {
            string(s, out);
        } else {
            out.append(value); // numbers, booleans, null
        }
    }

    private static void writeMap(Map<?, ?> map, int depth, StringBuilder out) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        String separator = "";
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            out.append(separator).append('\n').append("  ".repeat(depth + 1));
            string(String.valueOf(entry.getKey()), out);
            out.append(": ");
            write(entry.getValue(), depth + 1, out);
            separator = ",";
        }
        out.append('\n').append("  ".repeat(depth)).append('}');
    }

    private static void writeList(List<?> list, int depth, StringBuilder out) {
        boolean flat = list.stream().noneMatch(e -> e instanceof Map || e instanceof List);
        out.append('[');
        String separator = "";
        for (Object element : list) {
            out.append(separator);
            if (!flat) {
                out.append('\n').append("  ".repeat(depth + 1));
            }
            write(element, depth + 1, out);
            separator = flat ? ", " : ",";
        }
        if (!flat && !list.isEmpty()) {
            out.append('\n').append("  ".repeat(depth));
        }
        out.append(']');
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        out.append('"');
    }
}
