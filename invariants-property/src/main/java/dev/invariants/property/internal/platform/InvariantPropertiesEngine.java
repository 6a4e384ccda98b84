package dev.invariants.property.internal.platform;

import dev.invariants.junit.spi.InvariantDefinition;
import dev.invariants.junit.spi.InvariantsRuntime;
import dev.invariants.property.PropertyConfiguration;
import dev.invariants.property.internal.config.PropertySettings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;

/**
 * The zero-code mode of {@code invariants-property}, service-loaded by the JUnit Platform: with
 * {@value PropertyConfiguration#PROPERTY_AUTO}{@code =true}, one container per class with invariants in the
 * declared set (the report's own scan) and one generated property test per invariant, run by the same code as
 * {@code InvariantProperties.of(...)}. Off by default: discovery then reads that one key and returns.
 */
public final class InvariantPropertiesEngine implements TestEngine {
    /** The engine id, the first segment of every unique id it discovers. */
    public static final String ID = "invariants-properties";

    private final BiFunction<Function<String, Optional<String>>, ClassLoader, List<InvariantDefinition>> scanner;

    /** The engine the platform loads: the declared set is the session's own scan, shared with the report. */
    public InvariantPropertiesEngine() {
        this(InvariantsRuntime.current()::declared);
    }

    InvariantPropertiesEngine(BiFunction<Function<String, Optional<String>>, ClassLoader, List<InvariantDefinition>> scanner) {
        this.scanner = scanner;
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Optional<String> getGroupId() {
        return Optional.of("dev.invariants");
    }

    @Override
    public Optional<String> getArtifactId() {
        return Optional.of("invariants-property");
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        EngineDescriptor engine = new EngineDescriptor(uniqueId, "Invariants (generated properties)");
        Function<String, Optional<String>> configuration = request.getConfigurationParameters()::get;
        if (!PropertySettings.from(configuration, InvariantsRuntime.current()::warn).auto()
                || !InvariantsRuntime.current().enabled(configuration)) {
            return engine;
        }
        ClassLoader loader = Execution.loader();
        Supplier<Map<String, List<InvariantDefinition>>> declared = new Supplier<>() {
            private Map<String, List<InvariantDefinition>> byClass;

            @Override
            public Map<String, List<InvariantDefinition>> get() {
                if (byClass == null) {
                    byClass = byClass(scan(configuration, loader));
                }
                return byClass;
            }
        };
        Selection.of(request, uniqueId, declared, loader).forEach((type, invariants) -> {
            ClassNode node = new ClassNode(uniqueId, type);
            Set<String> ids = new HashSet<>();
            for (InvariantDefinition invariant : invariants) {
                // a duplicate id is the runtime's definition error to report; one node per id keeps unique ids unique
                if (ids.add(invariant.id())) {
                    node.addChild(new InvariantNode(node.getUniqueId(), invariant));
                }
            }
            engine.addChild(node);
        });
        return engine;
    }

    @Override
    public void execute(ExecutionRequest request) {
        new Execution(request).run();
    }

    private List<InvariantDefinition> scan(Function<String, Optional<String>> configuration, ClassLoader loader) {
        try {
            return scanner.apply(configuration, loader);
        } catch (RuntimeException e) {
            throw new IllegalStateException("[invariants] cannot list the classes with invariants for "
                    + PropertyConfiguration.PROPERTY_AUTO + "=true: the classpath scan failed (" + e + ")", e);
        }
    }

    private static Map<String, List<InvariantDefinition>> byClass(List<InvariantDefinition> declared) {
        Map<String, List<InvariantDefinition>> byClass = new LinkedHashMap<>();
        for (InvariantDefinition definition : declared) {
            byClass.computeIfAbsent(definition.owner(), t -> new ArrayList<>()).add(definition);
        }
        return byClass;
    }
}
