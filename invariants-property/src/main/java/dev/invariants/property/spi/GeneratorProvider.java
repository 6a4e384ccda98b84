package dev.invariants.property.spi;

import java.lang.reflect.Type;
import java.util.Optional;

/**
 * Supplies generators for types the engine cannot build by itself. Registered with
 * {@link java.util.ServiceLoader} ({@code META-INF/services/dev.invariants.property.spi.GeneratorProvider}).
 *
 * <p>For a single project, a public static method returning {@code Generator<YourType>} is simpler:
 * see {@code dev.invariants.property.InvariantProperties#providers}.
 */
public interface GeneratorProvider {

    /**
     * A generator for {@code type}, if this provider has one.
     *
     * @param type the type wanted, possibly parameterized
     * @param lookup the engine's generators, for the parts {@code type} is made of
     * @return the generator, or empty to let other providers and the defaults try
     */
    Optional<Generator<?>> generatorFor(Type type, GeneratorLookup lookup);
}
