package dev.invariants.junit.internal.assertions;

import dev.invariants.junit.internal.config.Warnings;
import dev.invariants.junit.internal.ledger.Recorder;
import java.lang.instrument.Instrumentation;
import java.lang.instrument.UnmodifiableClassException;
import java.util.ArrayList;
import java.util.List;

/**
 * Installs assertion counting and mock detection into this JVM, once: a call to {@link AssertionBridge}
 * in the assertion entry points of JUnit Jupiter, JUnit 4, AssertJ, Hamcrest and Mockito
 * ({@code verify}), and in Mockito's mock creation ({@link HookTransformer}). Classes already loaded
 * are retransformed; the others are transformed when loaded. A library that is absent is never
 * matched. A plain transformer over ASM rather than Byte Buddy's agent builder: the builder's type
 * matching cost some 500 ms of start-up (mostly JIT compilation of Byte Buddy) in every test JVM.
 */
public final class AssertionCounting {

    /** By name: a class literal would load the bridge from our jar before it is injected. */
    static final String BRIDGE = "dev.invariants.junit.internal.assertions.AssertionBridge";

    private static boolean installed;
    private static Instrumentation instrumentation;

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
        try {
            // Loaded now: the transformer consults it for every class, so loading it from there would recurse.
            EntryPoints.hook("", 0, "", "()V");
            instrumentation.addTransformer(new HookTransformer(), true);
        } catch (RuntimeException | LinkageError e) {
            Warnings.warn("cannot count assertions: " + e);
            return;
        }
        retransformLoaded(instrumentation, EntryPoints::isTarget);
        installed = true;
        AssertionCounting.instrumentation = instrumentation;
        Recorder.countingAssertions();
    }

    /** Whether counting is installed in this JVM. */
    public static synchronized boolean isInstalled() {
        return installed;
    }

    /**
     * The user's own assertion methods ({@code invariants.assertions.methods}, already validated), as each test
     * plan configures them: classes loaded before are retransformed, the others are hooked when they load.
     *
     * @param entryPoints binary class name to method names, an empty set meaning every public method
     */
    public static synchronized void configure(java.util.Map<String, java.util.Set<String>> entryPoints) {
        java.util.Map<String, java.util.Set<String>> internal = new java.util.HashMap<>();
        entryPoints.forEach((type, names) -> internal.put(type.replace('.', '/'), names));
        java.util.Set<String> changed = EntryPoints.user(internal);
        if (installed && !changed.isEmpty()) {
            retransformLoaded(instrumentation, changed::contains);
        }
    }

    /** Classes of the assertion libraries that discovery or earlier sessions loaded already. */
    private static void retransformLoaded(Instrumentation instrumentation,
            java.util.function.Predicate<String> targets) {
        List<Class<?>> loaded = new ArrayList<>();
        for (Class<?> each : instrumentation.getAllLoadedClasses()) {
            if (targets.test(each.getName().replace('.', '/')) && seesBridge(each.getClassLoader())
                    && instrumentation.isModifiableClass(each)) {
                loaded.add(each);
            }
        }
        for (Class<?> each : loaded) {
            try {
                instrumentation.retransformClasses(each);
            } catch (UnmodifiableClassException | RuntimeException | LinkageError e) {
                cannotCount(each.getName(), e);
            }
        }
    }

    /** Reports a library we could not instrument; the test run goes on unaffected. */
    static void cannotCount(String className, Throwable cause) {
        Warnings.warn("cannot count the assertions of " + className + ": " + cause);
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
    static boolean seesBridge(ClassLoader loader) {
        if (loader == null) {
            return false;
        }
        try {
            return Class.forName(BRIDGE, false, loader) == AssertionBridge.class;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
