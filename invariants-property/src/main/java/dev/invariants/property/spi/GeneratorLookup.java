package dev.invariants.property.spi;

import java.lang.reflect.Type;

/**
 * The engine's own resolution of generators by type, handed to a {@link GeneratorProvider} so it can
 * build on generators for the types it is made of.
 */
@FunctionalInterface
public interface GeneratorLookup {

    /**
     * The generator the engine would use for {@code type}.
     *
     * @param type a class or parameterized type
     * @return the generator
     * @throws IllegalArgumentException when the engine cannot generate values of {@code type}
     */
    Generator<?> forType(Type type);
}
