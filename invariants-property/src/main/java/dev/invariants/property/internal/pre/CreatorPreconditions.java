package dev.invariants.property.internal.pre;

import dev.invariants.property.internal.gen.TypeGenerators;
import dev.invariants.property.spi.InvariantDescriptor;
import dev.invariants.property.spi.Source;
import java.lang.reflect.Executable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Builds receivers and other objects inside the preconditions of their constructors' invariants that
 * promise a normal return (a {@code post} and no {@code raises}): those describe valid arguments.
 */
public final class CreatorPreconditions implements TypeGenerators.CreatorArguments {
    private final Function<Class<?>, List<InvariantDescriptor>> invariants;
    private final TypeGenerators generators;
    private final Map<Executable, Optional<ArgumentGenerator>> cache = new ConcurrentHashMap<>();

    public CreatorPreconditions(Function<Class<?>, List<InvariantDescriptor>> invariants, TypeGenerators generators) {
        this.invariants = invariants;
        this.generators = generators;
    }

    @Override
    public Object[] generate(Source source, Executable creator) {
        return cache.computeIfAbsent(creator, this::generatorFor).map(g -> g.generate(source, null)).orElse(null);
    }

    private Optional<ArgumentGenerator> generatorFor(Executable creator) {
        List<InvariantDescriptor> guarding = invariants.apply(creator.getDeclaringClass()).stream()
                .filter(i -> creator.equals(i.member()) && !i.post().isEmpty() && i.raises().isEmpty() && !i.pre().equals("true"))
                .toList();
        if (guarding.isEmpty()) {
            return Optional.empty();
        }
        List<String> pres = guarding.stream().map(i -> "(" + i.pre() + ")").toList();
        // the names the expressions use, as the runtime read them from the class file
        List<String> names = guarding.get(0).parameterNames();
        Domain domain = PreconditionAnalyzer.analyze(String.join(" || ", pres), names, Arrays.asList(creator.getParameterTypes()));
        return Optional.of(new ArgumentGenerator(domain, names, creator.getGenericParameterTypes(), creator.getDeclaringClass(),
                generators));
    }
}
