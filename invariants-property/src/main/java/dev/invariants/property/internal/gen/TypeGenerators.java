package dev.invariants.property.internal.gen;

import dev.invariants.property.spi.Generator;
import dev.invariants.property.spi.GeneratorLookup;
import dev.invariants.property.spi.GeneratorProvider;
import dev.invariants.property.spi.Source;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves a generator for a type: the user's generators first (explicit, provider methods, service
 * providers), then the built-in ones, then records and classes built through their constructors and
 * static factories, recursively up to {@link #MAX_DEPTH}.
 */
public final class TypeGenerators implements GeneratorLookup {
    public static final int MAX_DEPTH = 4;
    private static final double NOT_NULL = 0.95;

    private final Map<Class<?>, Generator<?>> explicit;
    private final List<GeneratorProvider> providers;
    private final Map<Type, Optional<Generator<?>>> provided = new ConcurrentHashMap<>();
    private CreatorArguments creatorArguments = (source, creator) -> null;

    /** Arguments for a constructor or factory drawn from its own preconditions, or {@code null} for plain generation. */
    @FunctionalInterface
    public interface CreatorArguments {
        Object[] generate(Source source, Executable creator);
    }

    public TypeGenerators(Map<Class<?>, Generator<?>> explicit, List<GeneratorProvider> providers) {
        this.explicit = Map.copyOf(explicit);
        this.providers = List.copyOf(providers);
    }

    public void creatorArguments(CreatorArguments arguments) {
        this.creatorArguments = arguments;
    }

    @Override
    public Generator<?> forType(Type type) {
        unsupported(type).ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        });
        return source -> generate(source, type, Bounds.NONE, 0);
    }

    /** Why values of {@code type} cannot be generated, checked up front so the message names the type and the fix. */
    public Optional<String> unsupported(Type type) {
        return unsupported(type, 0);
    }

    private Optional<String> unsupported(Type type, int depth) {
        Class<?> raw = raw(type);
        if (depth > MAX_DEPTH || explicit.containsKey(raw) || userGenerator(type).isPresent() || builtIn(raw)) {
            return Optional.empty();
        }
        if (raw.isArray()) {
            return unsupported(raw.getComponentType(), depth + 1);
        }
        List<Executable> creators = Creators.of(raw);
        if (creators.isEmpty()) {
            return Optional.of("no generator for [" + raw.getName() + "]: it has no public constructor or static factory;"
                    + " provide a Generator<" + raw.getSimpleName() + "> (a public static method returning it, or a GeneratorProvider)");
        }
        for (Executable creator : creators) {
            boolean usable = true;
            for (Type parameter : creator.getGenericParameterTypes()) {
                usable &= raw(parameter) == raw || unsupported(parameter, depth + 1).isEmpty();
            }
            if (usable) {
                return Optional.empty();
            }
        }
        return Optional.of("no generator for [" + raw.getName() + "]: none of its constructors or factories has parameters"
                + " the engine can generate; provide a Generator<" + raw.getSimpleName() + ">");
    }

    public Object generate(Source source, Type type, Bounds bounds, int depth) {
        Class<?> raw = raw(type);
        if (!raw.isPrimitive()) {
            if (bounds.mustBeNull() || !bounds.nonNull() && !source.chooseBoolean(NOT_NULL)) {
                return null;
            }
        }
        Generator<?> own = explicit.get(raw);
        if (own != null) {
            return own.generate(source);
        }
        Optional<Generator<?>> user = userGenerator(type);
        if (user.isPresent()) {
            return user.get().generate(source);
        }
        Object simple = Simple.generate(source, raw, bounds);
        if (simple != Simple.NONE) {
            return simple;
        }
        Optional<Object> time = Optional.ofNullable(Times.GENERATORS.get(raw)).map(g -> g.apply(source));
        if (time.isPresent()) {
            return time.get();
        }
        return structured(source, type, raw, bounds, depth);
    }

    private Object structured(Source source, Type type, Class<?> raw, Bounds bounds, int depth) {
        if (raw == Optional.class) {
            return source.chooseBoolean(0.8)
                    ? Optional.of(generate(source, argument(type, 0), Bounds.NONE.withNonNull(), depth + 1)) : Optional.empty();
        }
        if (raw.isArray()) {
            Type component = type instanceof GenericArrayType array ? array.getGenericComponentType() : raw.getComponentType();
            List<Object> items = Containers.elements(source, bounds.minLength(), bounds.maxLength(),
                    () -> generate(source, component, Bounds.NONE, depth + 1));
            Object array = Array.newInstance(raw.getComponentType(), items.size());
            for (int i = 0; i < items.size(); i++) {
                Array.set(array, i, items.get(i));
            }
            return array;
        }
        Optional<Object> collection = CollectionTypes.generate(this, source, type, raw, bounds, depth);
        if (collection.isPresent()) {
            return collection.get();
        }
        return construct(source, raw, bounds, depth);
    }

    private Object construct(Source source, Class<?> raw, Bounds bounds, int depth) {
        List<Executable> creators = new ArrayList<>(Creators.of(raw));
        if (depth >= MAX_DEPTH) {
            creators.removeIf(creator -> creator.getParameterCount() > 0);
            if (creators.isEmpty() && !bounds.nonNull()) {
                // a recursive type (a linked node, a tree) ends in null at the limit rather than rejecting the whole try
                return null;
            }
        }
        if (creators.isEmpty()) {
            throw source.reject(depth >= MAX_DEPTH ? "depth limit reached building " + raw.getSimpleName()
                    : "no way to build " + raw.getName());
        }
        Executable creator = creators.get((int) source.choose(creators.size() - 1));
        Type[] parameters = creator.getGenericParameterTypes();
        Object[] arguments = creatorArguments.generate(source, creator);
        if (arguments == null) {
            arguments = new Object[parameters.length];
            for (int i = 0; i < parameters.length; i++) {
                arguments[i] = generate(source, parameters[i], Bounds.NONE, depth + 1);
            }
        }
        try {
            return creator instanceof Constructor<?> constructor
                    ? constructor.newInstance(arguments) : ((Method) creator).invoke(null, arguments);
        } catch (InvocationTargetException refused) {
            throw source.reject(raw.getSimpleName() + " refused the generated arguments: "
                    + refused.getCause().getClass().getSimpleName());
        } catch (ReflectiveOperationException inaccessible) {
            throw new IllegalStateException("cannot call " + creator, inaccessible);
        }
    }

    private Optional<Generator<?>> userGenerator(Type type) {
        if (providers.isEmpty()) {
            return Optional.empty();
        }
        return provided.computeIfAbsent(type, wanted -> {
            for (GeneratorProvider provider : providers) {
                Optional<Generator<?>> generator = provider.generatorFor(wanted, this);
                if (generator.isPresent()) {
                    return generator;
                }
            }
            return Optional.empty();
        });
    }

    private static boolean builtIn(Class<?> raw) {
        return Simple.supports(raw) || Times.GENERATORS.containsKey(raw) || raw == Optional.class
                || CollectionTypes.supports(raw);
    }

    /** Public constructors and static factories of {@code type}, simplest first. */
    public static List<Executable> creators(Class<?> type) {
        return Creators.of(type);
    }

    static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType parameterized) {
            Type argument = parameterized.getActualTypeArguments()[index];
            if (argument instanceof WildcardType wildcard) {
                return wildcard.getUpperBounds()[0];
            }
            return argument;
        }
        return Object.class;
    }

    public static Class<?> raw(Type type) {
        if (type instanceof Class<?> raw) {
            return raw;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        if (type instanceof GenericArrayType array) {
            return Array.newInstance(raw(array.getGenericComponentType()), 0).getClass();
        }
        if (type instanceof WildcardType wildcard) {
            return raw(wildcard.getUpperBounds()[0]);
        }
        if (type instanceof TypeVariable<?> variable) {
            return raw(variable.getBounds()[0]);
        }
        return Object.class;
    }

    static boolean isNumber(Class<?> raw) {
        return raw == BigDecimal.class || raw == BigInteger.class || Simple.isNumeric(raw);
    }
}
