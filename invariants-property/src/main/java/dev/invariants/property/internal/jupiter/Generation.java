package dev.invariants.property.internal.jupiter;

import dev.invariants.property.PropertyConfiguration;
import dev.invariants.property.internal.config.PropertySettings;
import dev.invariants.property.internal.gen.TypeGenerators;
import dev.invariants.property.internal.pre.CreatorPreconditions;
import dev.invariants.property.internal.oracle.RunConfiguration;
import dev.invariants.property.internal.oracle.RuntimeOracle;
import dev.invariants.property.internal.subject.ProviderMethods;
import dev.invariants.property.spi.Generator;
import dev.invariants.property.spi.GeneratorProvider;
import dev.invariants.property.spi.InvariantOracle;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The generated tests of one class with everything resolved: what the builder set explicitly, else the
 * run's configuration (read through the runtime's SPI), else the defaults.
 */
public final class Generation {

    private Generation() {
    }

    public static PropertyNodes of(Class<?> target, List<Class<?>> providerHolders, Map<Class<?>, Generator<?>> generators,
            InvariantOracle explicitOracle, Integer tries, Long seed, Path examples, Boolean sequences) {
        InvariantOracle oracle = explicitOracle != null ? explicitOracle : loadOracle();
        PropertySettings settings = RunConfiguration.settings();
        List<GeneratorProvider> providers = new ArrayList<>();
        providers.add(new ProviderMethods(providerHolders));
        ServiceLoader.load(GeneratorProvider.class).forEach(providers::add);
        TypeGenerators types = new TypeGenerators(generators, providers);
        types.creatorArguments(new CreatorPreconditions(oracle::invariants, types));
        int resolvedTries = tries != null ? tries
                : (int) Math.min(Integer.MAX_VALUE, settings.tries().orElse(PropertyConfiguration.PROPERTY_TRIES_DEFAULT));
        long resolvedSeed = seed != null ? seed : settings.seed().orElseGet(() -> new SecureRandom().nextLong());
        Path resolvedExamples = examples != null ? examples : settings.examplesDir();
        String leftOut = sequences == null ? settings.sequencesLeftOut(target).orElse(null)
                : sequences ? null : "InvariantProperties.sequences(false)";
        Limits limits = new Limits(settings.deadline(), settings.timeBudget(), leftOut);
        return new PropertyNodes(target, oracle, types, resolvedTries, resolvedSeed, resolvedExamples, limits);
    }

    /** A service-loaded oracle if there is one (another runtime), else the invariants runtime. */
    private static InvariantOracle loadOracle() {
        Iterator<InvariantOracle> found = ServiceLoader.load(InvariantOracle.class).iterator();
        return found.hasNext() ? found.next() : new RuntimeOracle();
    }
}
