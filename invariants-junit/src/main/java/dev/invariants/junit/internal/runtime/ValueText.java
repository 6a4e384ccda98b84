package dev.invariants.junit.internal.runtime;

import java.util.Arrays;

/** Renders a value for a message: in brackets, strings quoted, arrays listed, long values cut. */
final class ValueText {

    static final int MAX_LENGTH = 200;

    private ValueText() {}

    static String format(Object value) {
        String text;
        try {
            text = render(value);
        } catch (Throwable e) {
            text = value.getClass().getName() + "@" + Integer.toHexString(System.identityHashCode(value))
                    + " (toString() threw " + e.getClass().getName() + ")";
        }
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH) + "... (" + text.length() + " characters)";
        }
        return "[" + text + "]";
    }

    private static String render(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String) {
            return "\"" + value + "\"";
        }
        if (value instanceof Character) {
            return "'" + value + "'";
        }
        if (value.getClass().isArray()) {
            String all = Arrays.deepToString(new Object[] {value});
            return all.substring(1, all.length() - 1);
        }
        return String.valueOf(value);
    }
}
