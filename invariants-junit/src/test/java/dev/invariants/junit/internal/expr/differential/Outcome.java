package dev.invariants.junit.internal.expr.differential;

import java.lang.reflect.Array;
import java.util.Arrays;
import java.util.Objects;

/**
 * What one evaluation gave: a value, or the class of what it threw. Two outcomes agree when they are
 * the same value of the same class ({@code Double}/{@code Float} by their bits, so that {@code NaN}
 * equals {@code NaN} and {@code -0.0} does not equal {@code 0.0}; arrays by content), or exceptions of
 * the same class. A value of a fixture the javac side recompiled ({@link Purse}) has a twin class of the
 * same name in the other loader: those compare by {@code toString}.
 */
record Outcome(Object value, Class<? extends Throwable> thrown) {

    static Outcome of(Object value) {
        return new Outcome(value, null);
    }

    static Outcome threw(Throwable thrown) {
        return new Outcome(null, thrown.getClass());
    }

    boolean agrees(Outcome other) {
        if (thrown != null || other.thrown != null) {
            return thrown == other.thrown;
        }
        return same(value, other.value);
    }

    static boolean same(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        Class<?> type = a.getClass();
        if (type != b.getClass()) {
            if (isLambda(type) && isLambda(b.getClass())) {
                return Arrays.equals(type.getInterfaces(), b.getClass().getInterfaces());
            }
            return isTwin(type, b.getClass()) && a.toString().equals(b.toString());
        }
        if (type == Double.class) {
            return Double.doubleToLongBits((Double) a) == Double.doubleToLongBits((Double) b);
        }
        if (type == Float.class) {
            return Float.floatToIntBits((Float) a) == Float.floatToIntBits((Float) b);
        }
        if (type.isArray()) {
            int length = Array.getLength(a);
            if (length != Array.getLength(b)) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (!same(Array.get(a, i), Array.get(b, i))) {
                    return false;
                }
            }
            return true;
        }
        if (isLambda(type) || declares(type, "equals", Object.class) == Object.class) {
            // No value to compare but what it prints (a StringBuilder), or nothing at all (a lambda, a stream).
            return declares(type, "toString") == Object.class || a.toString().equals(b.toString());
        }
        return a.equals(b);
    }

    private static Class<?> declares(Class<?> type, String name, Class<?>... parameters) {
        try {
            return type.getMethod(name, parameters).getDeclaringClass();
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean isLambda(Class<?> type) {
        return type.isHidden() || type.isSynthetic();
    }

    private static boolean isTwin(Class<?> a, Class<?> b) {
        return a.getName().equals(b.getName()) && a.getClassLoader() != b.getClassLoader();
    }

    @Override
    public String toString() {
        if (thrown != null) {
            return "throws " + thrown.getName();
        }
        return describe(value);
    }

    /** A value as a reader of the report needs it: its class and a Java-like rendering. */
    static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        return value.getClass().getSimpleName() + " " + render(value);
    }

    static String render(Object value) {
        if (value == null) {
            return "null";
        } else if (value instanceof String) {
            return '"' + escape((String) value) + '"';
        } else if (value instanceof Character) {
            return "'" + escape(value.toString()) + "'";
        } else if (value instanceof Long) {
            return value + "L";
        } else if (value instanceof Float) {
            return value + "f";
        } else if (value.getClass().isArray()) {
            StringBuilder text = new StringBuilder("{");
            for (int i = 0; i < Array.getLength(value); i++) {
                text.append(i == 0 ? "" : ", ").append(render(Array.get(value, i)));
            }
            return text.append('}').toString();
        }
        return Objects.toString(value);
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\' || c == '\'') {
                escaped.append('\\').append(c);
            } else if (c < ' ' || c > '~') {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
