package dev.invariants.property.internal.pre;

import java.util.Map;

/** Loose argument matching for the reflective calls of the {@link Evaluator}: boxes match their primitives. */
final class Arguments {
    private static final Map<Class<?>, Class<?>> BOXES = Map.of(boolean.class, Boolean.class, byte.class, Byte.class,
            short.class, Short.class, int.class, Integer.class, long.class, Long.class, char.class, Character.class,
            float.class, Float.class, double.class, Double.class);

    private Arguments() {
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
