package dev.invariants.property.internal.gen;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/** Prints generated values so a counterexample can be read and, for simple values, pasted into a test. */
public final class ValuePrinter {
    private static final int LONGEST_TEXT = 120;

    private ValuePrinter() {
    }

    public static String print(Object value) {
        return print(value, 0);
    }

    private static String print(Object value, int depth) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String text) {
            return quote(text);
        }
        if (value instanceof Character c) {
            return "'" + escape(String.valueOf(c)) + "'";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Long number) {
            return number + "L";
        }
        if (value instanceof Float number) {
            return number + "f";
        }
        if (value instanceof Enum<?> constant) {
            return constant.getDeclaringClass().getSimpleName() + "." + constant.name();
        }
        if (value.getClass().isArray()) {
            StringJoiner items = new StringJoiner(", ", "[", "]");
            for (int i = 0; i < Array.getLength(value); i++) {
                items.add(print(Array.get(value, i), depth + 1));
            }
            return items.toString();
        }
        if (value instanceof Collection<?> collection) {
            StringJoiner items = new StringJoiner(", ", "[", "]");
            collection.forEach(item -> items.add(print(item, depth + 1)));
            return items.toString();
        }
        if (value instanceof Map<?, ?> map) {
            StringJoiner entries = new StringJoiner(", ", "{", "}");
            map.forEach((k, v) -> entries.add(print(k, depth + 1) + "=" + print(v, depth + 1)));
            return entries.toString();
        }
        if (value instanceof Optional<?> optional) {
            return optional.map(v -> "Optional[" + print(v, depth + 1) + "]").orElse("Optional.empty");
        }
        if (value.getClass().isRecord() || declaresToString(value.getClass()) || depth > 2
                || value.getClass().getName().startsWith("java.")) {
            return String.valueOf(value);
        }
        return fields(value, depth);
    }

    private static String fields(Object value, int depth) {
        StringJoiner fields = new StringJoiner(", ", value.getClass().getSimpleName() + "{", "}");
        for (Class<?> type = value.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
                    continue;
                }
                try {
                    field.setAccessible(true);
                    fields.add(field.getName() + "=" + print(field.get(value), depth + 1));
                } catch (RuntimeException | IllegalAccessException unreadable) {
                    fields.add(field.getName() + "=?");
                }
            }
        }
        return fields.toString();
    }

    private static boolean declaresToString(Class<?> type) {
        try {
            return type.getMethod("toString").getDeclaringClass() != Object.class;
        } catch (NoSuchMethodException impossible) {
            return false;
        }
    }

    private static String quote(String text) {
        if (text.length() > LONGEST_TEXT) {
            return "\"" + escape(text.substring(0, LONGEST_TEXT)) + "\"... (" + text.length() + " chars)";
        }
        return "\"" + escape(text) + "\"";
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\t' -> escaped.append("\\t");
                case '\r' -> escaped.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || Character.isSurrogate((char) c) && c <= 0xFFFF || c == 0x202e || c == 0xfeff) {
                        escaped.append(String.format("\\u%04x", c));
                    } else {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }
}
