package dev.invariants.property.internal.gen;

import dev.invariants.property.spi.Source;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** ValuePrinter that are one draw: primitives, boxes, big numbers, strings, enums. */
final class Simple {
    static final Object NONE = new Object();
    private static final Map<Class<?>, Class<?>> BOXES = Map.of(boolean.class, Boolean.class, byte.class, Byte.class,
            short.class, Short.class, int.class, Integer.class, long.class, Long.class, char.class, Character.class,
            float.class, Float.class, double.class, Double.class);

    private Simple() {
    }

    static boolean supports(Class<?> raw) {
        Class<?> type = BOXES.getOrDefault(raw, raw);
        return BOXES.containsValue(type) || type == BigInteger.class || type == BigDecimal.class || type == String.class
                || type == CharSequence.class || type.isEnum() || type == UUID.class || type == Object.class
                || type == Number.class;
    }

    static boolean isNumeric(Class<?> raw) {
        Class<?> type = BOXES.getOrDefault(raw, raw);
        return Number.class.isAssignableFrom(type);
    }

    static Object generate(Source source, Class<?> raw, Bounds bounds) {
        Class<?> type = BOXES.getOrDefault(raw, raw);
        if (type == Boolean.class) {
            return source.chooseBoolean(0.5);
        }
        if (type == Integer.class || type == Number.class) {
            return integer(source, bounds, Integer.MIN_VALUE, Integer.MAX_VALUE).intValue();
        }
        if (type == Long.class) {
            return integer(source, bounds, Long.MIN_VALUE, Long.MAX_VALUE).longValue();
        }
        if (type == Short.class) {
            return integer(source, bounds, Short.MIN_VALUE, Short.MAX_VALUE).shortValue();
        }
        if (type == Byte.class) {
            return integer(source, bounds, Byte.MIN_VALUE, Byte.MAX_VALUE).byteValue();
        }
        if (type == Character.class) {
            return bounds.min() == null && bounds.max() == null
                    ? (char) Texts.codePoint(source, false) : (char) integer(source, bounds, 0, Character.MAX_VALUE).intValue();
        }
        if (type == Double.class) {
            return Floating.draw(source, bounds, false);
        }
        if (type == Float.class) {
            return (float) Floating.draw(source, bounds, true);
        }
        if (type == BigInteger.class) {
            BigInteger[] range = Integral.range(bounds, null, null);
            return Integral.draw(source, range[0], range[1]);
        }
        if (type == BigDecimal.class) {
            return Decimals.draw(source, bounds);
        }
        if (type == String.class || type == CharSequence.class) {
            return Texts.draw(source, bounds.minLength(), bounds.maxLength());
        }
        if (type.isEnum()) {
            return constant(source, type, bounds);
        }
        if (type == UUID.class) {
            return new UUID(source.choose(Long.MAX_VALUE), source.choose(Long.MAX_VALUE));
        }
        if (type == Object.class) {
            return source.chooseBoolean(0.5) ? Texts.draw(source, 0, Long.MAX_VALUE)
                    : integer(source, Bounds.NONE, Integer.MIN_VALUE, Integer.MAX_VALUE).intValue();
        }
        return NONE;
    }

    private static BigInteger integer(Source source, Bounds bounds, long min, long max) {
        BigInteger[] range = Integral.range(bounds, BigInteger.valueOf(min), BigInteger.valueOf(max));
        return Integral.drawSmall(source, range[0], range[1], bounds.min() == null, bounds.max() == null);
    }

    private static Object constant(Source source, Class<?> type, Bounds bounds) {
        List<Object> constants = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            String name = ((Enum<?>) constant).name();
            if ((bounds.allowed() == null || bounds.allowed().contains(name)) && !bounds.excluded().contains(name)) {
                constants.add(constant);
            }
        }
        if (constants.isEmpty()) {
            throw source.reject("no constant of " + type.getSimpleName() + " satisfies the precondition");
        }
        int edge = source.edgeCase(constants.size());
        long index = edge < 0 ? source.choose(constants.size() - 1) : source.choose(constants.size() - 1, edge);
        return constants.get((int) index);
    }
}
