package dev.invariants.junit.internal.model;

import dev.invariants.junit.internal.expr.syntax.Parser;
import dev.invariants.junit.spi.syntax.ExpressionError;
import dev.invariants.junit.spi.syntax.Node;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The classes a parameter's value falls into for pairwise coverage (docs/signals.md): at most {@link #CLASSES}
 * per input, so one pair of inputs is {@code 16 x 16} bits. The kind of an input is decided from its declared
 * type when its member's checks are compiled; the class of a value on every call, by these static methods
 * (no allocation).
 */
public final class Partitions {

    /** Classes per input: 4 bits. */
    public static final int CLASSES = 16;
    /** Inputs followed per invariant: the first 8 parameters (28 pairs). */
    public static final int MAX_INPUTS = 8;
    /** Bounds of {@code pre} followed per numeric parameter. */
    public static final int MAX_BOUNDS = 2;

    /** A {@code null} reference, whatever the kind. */
    public static final int NULL = 15;
    /** An enum constant past the first 14, or a value whose class could not be told (its {@code size()} threw). */
    public static final int OTHER = 14;

    public static final int BOOLEAN = 0;
    public static final int ENUM = 1;
    public static final int NUMBER = 2;
    public static final int TEXT = 3;
    public static final int SIZED = 4;
    public static final int REFERENCE = 5;

    private static final String[] NUMBERS = {"negative", "zero", "positive"};
    private static final String[] TEXTS = {"empty", "blank", "one", "many"};
    private static final String[] SIZES = {"empty", "one", "many"};
    private static final int BOUND = 3;
    private static final int NAN = 5;

    private Partitions() {}

    // ---------------------------------------------------------------- per call

    public static int ofBoolean(boolean value) {
        return value ? 1 : 0;
    }

    /** Negative, zero, positive, or at the first or second bound of {@code pre} ({@code bounds} of them). */
    public static int ofLong(long value, long first, long second, int bounds) {
        if (bounds > 0 && value == first) {
            return BOUND;
        }
        if (bounds > 1 && value == second) {
            return BOUND + 1;
        }
        return value < 0 ? 0 : value == 0 ? 1 : 2;
    }

    public static int ofDouble(double value, double first, double second, int bounds) {
        if (Double.isNaN(value)) {
            return NAN;
        }
        if (bounds > 0 && value == first) {
            return BOUND;
        }
        if (bounds > 1 && value == second) {
            return BOUND + 1;
        }
        return value < 0 ? 0 : value == 0 ? 1 : 2;
    }

    /** A reference of the given kind; {@code first}/{@code second} are the bounds of a boxed or big number. */
    public static int of(Object value, int kind, double first, double second, int bounds) {
        if (value == null) {
            return NULL;
        }
        try {
            return switch (kind) {
                case BOOLEAN -> value instanceof Boolean b && b ? 1 : 0;
                case ENUM -> value instanceof Enum<?> e ? Math.min(e.ordinal(), OTHER) : OTHER;
                case NUMBER -> number(value, first, second, bounds);
                case TEXT -> text((CharSequence) value);
                case SIZED -> size(value);
                default -> 0;
            };
        } catch (RuntimeException e) {
            return OTHER; // a user's size() or length() that throws is not ours to report
        }
    }

    private static int number(Object value, double first, double second, int bounds) {
        if (value instanceof BigDecimal big && bounds == 0) {
            return big.signum() + 1;
        }
        if (value instanceof BigInteger big && bounds == 0) {
            return big.signum() + 1;
        }
        return value instanceof Number n ? ofDouble(n.doubleValue(), first, second, bounds) : OTHER;
    }

    private static int text(CharSequence value) {
        int length = value.length();
        if (length == 0) {
            return 0;
        }
        for (int i = 0; i < length; i++) {
            if (!Character.isWhitespace(value.charAt(i))) {
                return length == 1 ? 2 : 3;
            }
        }
        return 1;
    }

    private static int size(Object value) {
        int size = value instanceof Collection<?> c ? c.size() : value instanceof Map<?, ?> m ? m.size()
                : value.getClass().isArray() ? Array.getLength(value) : -1;
        return size < 0 ? OTHER : Math.min(size, 2);
    }

    // ---------------------------------------------------------------- in the report

    /**
     * What people read for a class: {@code true}, {@code FAMILY}, {@code zero}, {@code =18} (at a bound of
     * {@code pre}), {@code empty}, {@code null}...
     */
    public static String label(int kind, int value, double[] bounds, String[] constants) {
        if (value == NULL) {
            return "null";
        }
        if (value == OTHER && kind != NUMBER) {
            return "other";
        }
        return switch (kind) {
            case BOOLEAN -> value == 1 ? "true" : "false";
            case ENUM -> constants != null && value < constants.length ? constants[value] : "#" + value;
            case NUMBER -> value < BOUND ? NUMBERS[value] : value == NAN ? "NaN"
                    : value - BOUND < bounds.length ? "=" + number(bounds[value - BOUND]) : "other";
            case TEXT -> value < TEXTS.length ? TEXTS[value] : "other";
            case SIZED -> value < SIZES.length ? SIZES[value] : "other";
            default -> "non-null";
        };
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    /**
     * The literal bounds {@code pre} sets on the parameter: the literal side of each comparison of its top-level
     * conjunction ({@code age >= 18 && age < 120}: 18 and 120), at most {@link #MAX_BOUNDS}, in source order.
     */
    public static double[] bounds(String pre, String parameter) {
        if (pre == null || pre.isBlank() || parameter == null) {
            return new double[0];
        }
        List<Double> found = new ArrayList<>();
        try {
            for (Comparisons.Found each : Comparisons.find(Parser.parse(pre), pre)) {
                Double bound = isName(each.left(), parameter) ? literal(each.right())
                        : isName(each.right(), parameter) ? literal(each.left()) : null;
                if (bound != null && !found.contains(bound) && found.size() < MAX_BOUNDS) {
                    found.add(bound);
                }
            }
        } catch (ExpressionError | RuntimeException e) {
            return new double[0]; // the compiler reports what does not parse
        }
        return found.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static boolean isName(Node node, String parameter) {
        return node instanceof Node.Name name && name.identifier().equals(parameter);
    }

    private static Double literal(Node node) {
        if (node instanceof Node.Unary unary && unary.operator().equals("-")) {
            Double value = literal(unary.operand());
            return value == null ? null : -value;
        }
        if (node instanceof Node.Literal literal && literal.value() instanceof Number number) {
            return number.doubleValue();
        }
        return null;
    }
}
