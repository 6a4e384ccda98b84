package dev.invariants.property.internal.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import dev.invariants.junit.spi.InvariantsRuntime;
import dev.invariants.property.fixtures.Codes;
import dev.invariants.property.fixtures.Fixtures;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

/** What discovery costs: nothing at all when the key is unset, and no class loaded when it is set. */
class DiscoveryCostTests {

    /** Records what discovery asks the class path for. */
    static final class RecordingLoader extends ClassLoader {
        final List<String> loaded = new CopyOnWriteArrayList<>();
        final List<String> resources = new CopyOnWriteArrayList<>();

        RecordingLoader(ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            loaded.add(name);
            return super.loadClass(name, resolve);
        }

        @Override
        public URL getResource(String name) {
            resources.add(name);
            return super.getResource(name);
        }
    }

    private final AtomicInteger scans = new AtomicInteger();
    private final InvariantPropertiesEngine engine = new InvariantPropertiesEngine((configuration, loader) -> {
        scans.incrementAndGet();
        return InvariantsRuntime.current().declared(configuration, loader);
    });

    private TestDescriptor discover(Map<String, String> configuration, RecordingLoader loader) {
        EngineDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().configurationParameters(configuration)
                .selectors(selectClass(Fixtures.class.getName()), selectPackage("dev.invariants.property.fixtures.zerocode"),
                        selectClass(Codes.class.getName()))
                .build();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return engine.discover(request, UniqueId.forEngine(InvariantPropertiesEngine.ID));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Test
    @DisplayName("should neither scan nor touch the class path when the key is unset")
    void off() {
        RecordingLoader loader = new RecordingLoader(getClass().getClassLoader());

        TestDescriptor root = discover(Map.of("invariants.scan.packages", "dev.invariants.property.fixtures.zerocode"), loader);

        assertThat(root.getChildren()).isEmpty();
        assertThat(scans).hasValue(0);
        assertThat(loader.loaded).isEmpty();
        assertThat(loader.resources).isEmpty();
    }

    @Test
    @DisplayName("should scan once and read class files without loading a class when the key is set")
    void on() {
        RecordingLoader loader = new RecordingLoader(getClass().getClassLoader());

        TestDescriptor root = discover(Map.of("invariants.property.auto", "true",
                "invariants.scan.packages", "dev.invariants.property.fixtures.zerocode"), loader);

        // Fixtures (no invariants) stands for "the project's tests": the whole declared set, plus Codes, selected by name
        assertThat(root.getChildren()).extracting(TestDescriptor::getDisplayName)
                .containsExactlyInAnyOrder("Discounts", "Thermostat", "Codes");
        assertThat(scans).hasValue(1);
        // Codes is outside the scanned package: its class file was read as a resource, and nothing was loaded
        assertThat(loader.resources).contains(Codes.class.getName().replace('.', '/') + ".class");
        assertThat(loader.loaded).isEmpty();
    }
}
