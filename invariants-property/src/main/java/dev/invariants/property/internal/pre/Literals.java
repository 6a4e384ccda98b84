package dev.invariants.property.internal.pre;

import java.util.Map;
import org.codehaus.janino.Java;

/** Java literals to values, and loose argument matching for reflective calls. */
final class Literals {
    private static final Map<Class<?>, Class<?>> BOXES = Map.of(boolean.class, Boolean.class, byte.class, Byte.class,
            short.class, Short.class, int.class, Integer.class, long.class, Long.class, char.class, Character.class,
            float.class, Float.class, double.class, Double.class);

    private Literals() {
    }

    static Object value(Java.Literal literal) {
        String text = literal.value.replace("_", "");
        if (literal instanceof Java.IntegerLiteral) {
            boolean isLong = text.endsWith("L") || text.endsWith("l");
            String digits = isLong ? text.substring(0, text.length() - 1) : text;
            long value;
            if (digits.startsWith("0x") || digits.startsWith("0X")) {
                value = Long.parseUnsignedLong(digits.substring(2), 16);
            } else if (digits.startsWith("0b") || digits.startsWith("0B")) {
                value = Long.parseUnsignedLong(digits.substring(2), 2);
            } else if (digits.length() > 1 && digits.startsWith("0")) {
                value = Long.parseUnsignedLong(digits.substring(1), 8);
            } else {
                value = Long.parseLong(digits);
            }
            return isLong ? (Object) value : (Object) (int) value;
        }
        if (literal instanceof Java.FloatingPointLiteral) {
            if (text.endsWith("f") || text.endsWith("F")) {
                return Float.parseFloat(text);
            }
            return Double.parseDouble(text);
        }
        if (literal instanceof Java.BooleanLiteral) {
            return Boolean.parseBoolean(text);
        }
        if (literal instanceof Java.NullLiteral) {
            return null;
        }
        if (literal instanceof Java.StringLiteral && text.indexOf('\\') < 0) {
            return literal.value.substring(1, literal.value.length() - 1);
        }
        if (literal instanceof Java.CharacterLiteral && literal.value.length() == 3) {
            return literal.value.charAt(1);
        }
        throw new Evaluator.Unsupported("literal " + literal.value);
    }

    static boolean accepts(Class<?>[] parameters, Object[] arguments) {
        if (parameters.length != arguments.length) {
            return false;
        }
        for (int i = 0; i < parameters.length; i++) {
            Class<?> wanted = BOXES.getOrDefault(parameters[i], parameters[i]);
            if (arguments[i] == null ? parameters[i].isPrimitive() : !wanted.isInstance(arguments[i])) {
                return false;
            }
        }
        return true;
    }
}
