package dev.invariants.property.internal.jupiter;

import dev.invariants.property.internal.engine.ExampleStore;
import dev.invariants.property.internal.engine.Property;
import dev.invariants.property.internal.engine.PropertyRunner;
import dev.invariants.property.internal.engine.RunResult;
import dev.invariants.property.internal.engine.RunSettings;
import dev.invariants.property.internal.gen.TypeGenerators;
import dev.invariants.property.internal.pre.Domain;
import dev.invariants.property.internal.subject.MethodProperty;
import dev.invariants.property.internal.subject.Names;
import dev.invariants.property.internal.subject.StatefulProperty;
import dev.invariants.property.internal.tautology.Tautology;
import dev.invariants.property.spi.InvariantDescriptor;
import dev.invariants.property.spi.InvariantOracle;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** One dynamic test per invariant of a class: method and constructor invariants as properties, type invariants as call sequences. */
public final class PropertyNodes {
    /** The share of generated inputs a precondition may reject before the property fails for checking too little. */
    public static final double MAX_REJECTED_SHARE = 0.9;
    /** Added to the name of a test whose invariant's post could not be falsified. */
    public static final String UNFALSIFIED = " · post could not be falsified";

    /**
     * One generated test, whoever runs it (a Jupiter dynamic test, or the zero-code engine).
     *
     * @param invariant the invariant it tests, {@code null} for the test saying a class declares none
     * @param name the display name
     * @param source the member or class it tests, as a Jupiter test source URI
     * @param body what the test does
     */
    public record GeneratedTest(InvariantDescriptor invariant, String name, URI source,
            org.junit.jupiter.api.function.Executable body) {
    }

    private final Class<?> target;
    private final InvariantOracle oracle;
    private final TypeGenerators generators;
    private final int tries;
    private final long seed;
    private final Path examples;
    private final Limits limits;

    public PropertyNodes(Class<?> target, InvariantOracle oracle, TypeGenerators generators, int tries, long seed, Path examples,
            Limits limits) {
        this.limits = limits;
        this.target = target;
        this.oracle = oracle;
        this.generators = generators;
        this.tries = tries;
        this.seed = seed;
        this.examples = examples;
    }

    public static Stream<DynamicNode> failing(String name, String message) {
        return Stream.of(DynamicTest.dynamicTest(name, () -> {
            throw new AssertionFailedError(message);
        }));
    }

    public Stream<DynamicNode> nodes() {
        return tests().stream().map(test -> DynamicTest.dynamicTest(test.name(), test.source(), test.body()));
    }

    public List<GeneratedTest> tests() {
        List<InvariantDescriptor> invariants = oracle.invariants(target);
        if (invariants.isEmpty()) {
            return List.of(new GeneratedTest(null, target.getSimpleName() + " declares no invariants", uri(target, null),
                    () -> {
                        throw new AssertionFailedError(PropertyMessages.noInvariants(target));
                    }));
        }
        List<GeneratedTest> tests = new ArrayList<>();
        for (InvariantDescriptor invariant : invariants) {
            boolean unfalsified = Tautology.check(invariant, generators) == Tautology.Verdict.COULD_NOT_BE_FALSIFIED;
            String name = Names.test(invariant.id(), invariant.isTypeInvariant() ? null : Names.member(invariant.member()))
                    + (unfalsified ? UNFALSIFIED : "");
            tests.add(new GeneratedTest(invariant, name, uri(target, invariant), () -> run(invariant, invariants, unfalsified)));
        }
        return tests;
    }

    private void run(InvariantDescriptor invariant, List<InvariantDescriptor> all, boolean unfalsified) {
        if (unfalsified) {
            dev.invariants.junit.spi.InvariantsRuntime.current().warn(PropertyMessages.couldNotBeFalsified(invariant));
        }
        if (invariant.isTypeInvariant() && limits.sequencesLeftOut() != null) {
            throw new TestAbortedException(PropertyMessages.sequencesLeftOut(invariant, limits.sequencesLeftOut()));
        }
        Property property = property(invariant, all);
        RunResult result = new PropertyRunner(property, new RunSettings(target.getName() + "#" + invariant.id(), tries, seed,
                new ExampleStore(examples), limits.deadline(), limits.budget(), oracle::credited)).run();
        oracle.propertyFinished(invariant, result.statistics().tries(), result.statistics().rejected(), result.failed(),
                unfalsified);
        if (result.failed()) {
            if (result.outcome().detail().equals("not evaluated")) {
                throw new AssertionFailedError(PropertyMessages.notEvaluated(invariant));
            }
            throw new AssertionFailedError(PropertyMessages.counterexample(invariant, result, seed, examples.toString())
                    + PropertyMessages.health(result, limits), result.outcome().cause());
        }
        if (result.health().tooSlow() != null) {
            throw new CannotGenerate(PropertyMessages.tooSlow(invariant, result, limits, seed));
        }
        if (result.health().outOfTime()) {
            dev.invariants.junit.spi.InvariantsRuntime.current().warn(PropertyMessages.outOfTime(invariant, result, limits));
        }
        if (result.statistics().rejectedShare() >= MAX_REJECTED_SHARE) {
            Domain domain = property instanceof MethodProperty method ? method.arguments().domain()
                    : new Domain(invariant.pre(), List.of(), "");
            throw new CannotGenerate(PropertyMessages.rejected(invariant, result.statistics(), domain, parameterTypes(invariant)));
        }
    }

    private Property property(InvariantDescriptor invariant, List<InvariantDescriptor> all) {
        if (invariant.isTypeInvariant()) {
            List<Executable> creators = TypeGenerators.creators(target);
            if (creators.isEmpty()) {
                throw new CannotGenerate(PropertyMessages.cannotGenerate(invariant,
                        "no public constructor or static factory builds [" + target.getName() + "]"));
            }
            return new StatefulProperty(invariant, all, oracle, generators, creators,
                    dev.invariants.property.internal.oracle.RunConfiguration.settings().outsidePre());
        }
        Executable member = invariant.member();
        List<Type> types = new ArrayList<>(Arrays.asList(member.getGenericParameterTypes()));
        if (member instanceof Method && !Modifier.isStatic(member.getModifiers())) {
            types.add(0, target);
        }
        for (Type type : types) {
            Optional<String> problem = generators.unsupported(type);
            if (problem.isPresent()) {
                throw new CannotGenerate(PropertyMessages.cannotGenerate(invariant, problem.get()));
            }
        }
        return new MethodProperty(invariant, all, oracle, generators);
    }

    private static Map<String, String> parameterTypes(InvariantDescriptor invariant) {
        Map<String, String> types = new LinkedHashMap<>();
        if (invariant.member() != null) {
            Class<?>[] classes = invariant.member().getParameterTypes();
            for (int i = 0; i < classes.length; i++) {
                types.put(invariant.parameterNames().get(i), classes[i].getSimpleName());
            }
        }
        return types;
    }

    private static URI uri(Class<?> target, InvariantDescriptor invariant) {
        try {
            if (invariant != null && invariant.member() instanceof Method method) {
                String parameters = Arrays.stream(method.getParameterTypes()).map(Class::getName).collect(Collectors.joining(","));
                return new URI("method", invariant.owner().getName(), method.getName() + "(" + parameters + ")");
            }
            return new URI("class", target.getName(), null);
        } catch (URISyntaxException unexpected) {
            return null;
        }
    }
}
