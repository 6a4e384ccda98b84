package dev.invariants.junit.internal.assertions;

import dev.invariants.junit.internal.config.Warnings;
import dev.invariants.junit.internal.ledger.Recorder;
import java.lang.instrument.Instrumentation;
import java.util.HashSet;
import java.util.Set;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.matcher.ElementMatchers;
import net.bytebuddy.utility.JavaModule;

/**
 * Installs assertion counting and mock detection into this JVM, once: advice in the assertion entry
 * points of JUnit Jupiter, JUnit 4, AssertJ, Hamcrest and Mockito ({@code verify}), and in Mockito's
 * mock creation. Classes already loaded are retransformed; the others are transformed when loaded.
 * A library that is absent is never matched. Only classes whose loader sees our {@link Hooks} are
 * touched, so advice can never fail to link.
 */
public final class AssertionCounting {

    /** By name: a class literal would load the bridge from our jar before it is injected. */
    static final String BRIDGE = "dev.invariants.junit.internal.assertions.AssertionBridge";

    private static boolean installed;

    private AssertionCounting() {}

    /**
     * Installs the instrumentation unless already installed; afterwards reports count assertions.
     * Failures are warnings: without counting, reports say vacuous tests cannot be determined.
     */
    public static synchronized void install(Instrumentation instrumentation) {
        if (installed) {
            return;
        }
        if (!instrumentation.isRetransformClassesSupported()) {
            Warnings.warn("cannot count assertions: this JVM does not support retransforming classes");
            return;
        }
        injectBridge(instrumentation);
        Set<String> names = new HashSet<>(Targets.COUNTED.keySet());
        names.add(Targets.MOCKITO_CORE);
        try {
            new AgentBuilder.Default()
                    .disableClassFormatChanges()
                    .with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION)
                    .with(AgentBuilder.InitializationStrategy.NoOp.INSTANCE)
                    .with(AgentBuilder.TypeStrategy.Default.REDEFINE)
                    .with(new Failures())
                    .type(ElementMatchers.namedOneOf(names.toArray(String[]::new)), AssertionCounting::seesBridge)
                    .transform(AssertionCounting::advise)
                    .installOn(instrumentation);
        } catch (RuntimeException | LinkageError e) {
            Warnings.warn("cannot count assertions: " + e);
            return;
        }
        installed = true;
        Recorder.countingAssertions();
    }

    /** Whether counting is installed in this JVM. */
    public static synchronized boolean isInstalled() {
        return installed;
    }

    private static DynamicType.Builder<?> advise(DynamicType.Builder<?> builder, TypeDescription type,
            ClassLoader loader, JavaModule module, java.security.ProtectionDomain domain) {
        String name = type.getName();
        DynamicType.Builder<?> result = builder;
        if (Targets.COUNTED.containsKey(name)) {
            result = result.visit(Advice.to(CountAdvice.class).on(Targets.COUNTED.get(name)));
        }
        if (Targets.NOT_NULL.containsKey(name)) {
            result = result.visit(Advice.to(NotNullAdvice.class).on(Targets.NOT_NULL.get(name)));
        }
        if (name.equals(Targets.MOCKITO_CORE)) {
            result = result.visit(Advice.to(MockAdvice.class).on(Targets.MOCKITO_CREATE));
        }
        return result;
    }

    /**
     * Makes {@link AssertionBridge} one class for every loader that may hold assertion libraries, and
     * points it at {@link Hooks}. When our jar is not in the system class loader (the console launcher
     * puts the user's class path, and us, in a child of the loader holding JUnit's own {@code Assert}),
     * the bridge is defined in the system class loader first, through {@code ClassLoader.defineClass}
     * opened to us with {@link Instrumentation#redefineModule} (no bootstrap append: that disables
     * class-data sharing with a JVM warning in every test run). Must run before anything loads the
     * bridge from our jar: only the advice names it, and advice is read as bytes. If this fails, only
     * classes whose loader sees ours are counted, with a warning.
     */
    private static void injectBridge(Instrumentation instrumentation) {
        ClassLoader system = ClassLoader.getSystemClassLoader();
        if (AssertionCounting.class.getClassLoader() != system && !definedIn(system)) {
            try (java.io.InputStream in = AssertionCounting.class.getResourceAsStream(
                    "/" + BRIDGE.replace('.', '/') + ".class")) {
                byte[] bytes = in.readAllBytes();
                Module base = Object.class.getModule();
                instrumentation.redefineModule(base, java.util.Set.of(), java.util.Map.of(),
                        java.util.Map.of("java.lang", java.util.Set.of(AssertionCounting.class.getModule())),
                        java.util.Set.of(), java.util.Map.of());
                java.lang.reflect.Method define = ClassLoader.class.getDeclaredMethod("defineClass", String.class,
                        byte[].class, int.class, int.class);
                define.setAccessible(true);
                define.invoke(system, BRIDGE, bytes, 0, bytes.length);
            } catch (java.io.IOException | ReflectiveOperationException | RuntimeException | LinkageError e) {
                Warnings.warn("cannot count the assertions of libraries outside the test class loader: " + e);
            }
        }
        AssertionBridge.enter = Hooks::enter;
        AssertionBridge.exit = Hooks::exit;
        AssertionBridge.mockCreated = Hooks::mockCreated;
    }

    private static boolean definedIn(ClassLoader loader) {
        try {
            return Class.forName(BRIDGE, false, loader) != null;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Advice calls {@link AssertionBridge}: only instrument classes whose loader resolves it to the one we set up. */
    private static boolean seesBridge(ClassLoader loader) {
        if (loader == null) {
            return false;
        }
        try {
            return Class.forName(BRIDGE, false, loader) == AssertionBridge.class;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Reports a library we could not instrument, once per type; the test run goes on unaffected. */
    private static final class Failures extends AgentBuilder.Listener.Adapter {

        @Override
        public void onError(String typeName, ClassLoader classLoader, JavaModule module, boolean loaded,
                Throwable throwable) {
            Warnings.warn("cannot count the assertions of " + typeName + ": " + throwable);
        }
    }
}
