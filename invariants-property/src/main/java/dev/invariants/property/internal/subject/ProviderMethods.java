package dev.invariants.property.internal.subject;

import dev.invariants.property.spi.Generator;
import dev.invariants.property.spi.GeneratorLookup;
import dev.invariants.property.spi.GeneratorProvider;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Static methods without parameters returning {@code Generator<T>}, found on the classes a user names. */
public final class ProviderMethods implements GeneratorProvider {
    private final Map<Type, Method> methods = new HashMap<>();

    public ProviderMethods(Iterable<Class<?>> holders) {
        for (Class<?> holder : holders) {
            for (Method method : holder.getDeclaredMethods()) {
                if (Modifier.isStatic(method.getModifiers()) && method.getParameterCount() == 0
                        && method.getReturnType() == Generator.class
                        && method.getGenericReturnType() instanceof ParameterizedType generic) {
                    methods.putIfAbsent(generic.getActualTypeArguments()[0], method);
                }
            }
        }
    }

    @Override
    public Optional<Generator<?>> generatorFor(Type type, GeneratorLookup lookup) {
        Method method = methods.get(type);
        if (method == null) {
            return Optional.empty();
        }
        try {
            method.setAccessible(true);
            return Optional.of((Generator<?>) method.invoke(null));
        } catch (ReflectiveOperationException | RuntimeException failed) {
            throw new IllegalStateException("provider method " + method + " failed: " + failed, failed);
        }
    }
}
