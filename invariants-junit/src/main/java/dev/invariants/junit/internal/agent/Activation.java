package dev.invariants.junit.internal.agent;

import dev.invariants.junit.internal.assertions.AssertionCounting;
import dev.invariants.junit.internal.config.Settings;
import dev.invariants.junit.internal.config.Timing;
import dev.invariants.junit.internal.config.Warnings;
import dev.invariants.junit.internal.runtime.Checks;
import dev.invariants.junit.internal.runtime.Precompiler;
import dev.invariants.junit.internal.weave.ClassFilter;
import java.lang.instrument.Instrumentation;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Switches checking on, once per JVM. When a session opens, a background thread obtains
 * {@link Instrumentation} (which overlaps with the platform's own start-up) and installs the
 * transformer at once, so the domain classes that discovery loads are woven as they load. Installing
 * it later would mean retransforming them, and after a dynamic attach the JVM's first redefinition
 * throws away every method compiled so far (~100 ms of a test JVM's start-up, docs/benchmarks.md).
 *
 * <p>Whether to check is only known for certain when a test plan starts: build tools pass
 * configuration parameters with the plan, not to the session. An enabled plan switches checking on
 * for the rest of the JVM's life ({@link #activate}). A disabled plan before that removes the
 * transformer and gives every class it wove its original bytes back ({@link #deactivate}); an
 * enabled plan later (a test that runs fixture tests through its own launcher) installs it again.
 */
public final class Activation {

    private static final Object LOCK = new Object();
    private static CompletableFuture<Instrumentation> instrumentation;
    private static InvariantTransformer transformer;
    private static boolean activated;
    private static boolean deactivated;
    private static volatile IllegalStateException failure;

    private Activation() {}

    /** Starts obtaining instrumentation and weaving in the background, unless that is already under way or done. */
    public static void prepare() {
        synchronized (LOCK) {
            if (instrumentation != null) {
                return;
            }
            CompletableFuture<Instrumentation> future = new CompletableFuture<>();
            instrumentation = future;
            Thread thread = new Thread(() -> {
                try {
                    long start = System.nanoTime();
                    Instrumentation obtained = InstrumentationSource.obtain();
                    long attached = System.nanoTime();
                    Timing.report("obtained instrumentation (background)", start, attached);
                    // Before any test runs (activate waits for this future), and off the critical path.
                    AssertionCounting.install(obtained);
                    long counting = System.nanoTime();
                    Timing.report("installed assertion counting (background)", attached, counting);
                    synchronized (LOCK) {
                        if (!deactivated) {
                            install(obtained);
                        }
                    }
                    Timing.report("installed the transformer (background)", counting, System.nanoTime());
                    future.complete(obtained);
                } catch (Throwable e) {
                    future.completeExceptionally(e);
                }
            }, "invariants-attach");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /**
     * Switches checking on for the JVM; a later plan changes only the precondition mode. When the JVM
     * cannot be instrumented the failure is kept for {@link #failure()}: listeners' exceptions are
     * only logged by the platform, so the session listener throws it when the session closes, and a
     * run that claims to check invariants does not pass without doing so.
     */
    public static void activate(Settings settings) {
        Checks.configure(settings.enforcePreconditions(), settings.combinations());
        AssertionCounting.configure(settings.assertionMethods());
        CompletableFuture<Instrumentation> future;
        synchronized (LOCK) {
            if (activated) {
                return;
            }
            prepare();
            future = instrumentation;
        }
        long start = System.nanoTime();
        Instrumentation inst;
        try {
            inst = await(future);
        } catch (IllegalStateException e) {
            failure = e;
            throw e;
        }
        Timing.report("waited for instrumentation", start, System.nanoTime());
        synchronized (LOCK) {
            if (activated) {
                return;
            }
            activated = true;
            deactivated = false;
            if (transformer == null) {
                install(inst);
            }
        }
        // The checks of the classes woven so far (and from now on) are compiled in the background, ahead
        // of their first calls. Not earlier: during discovery that only competed for the cores
        // (measured, docs/benchmarks.md).
        Precompiler.start();
    }

    /**
     * A plan disabled checking ({@code invariants.enabled=false} from the build tool) before any plan
     * enabled it: the transformer goes and the classes it wove get their original bytes back.
     */
    public static void deactivate() {
        CompletableFuture<Instrumentation> future;
        synchronized (LOCK) {
            if (activated || deactivated) {
                return;
            }
            deactivated = true;
            future = instrumentation;
        }
        if (future == null) {
            return;
        }
        Instrumentation inst;
        try {
            inst = future.get(); // the background thread has installed the transformer, or never will
        } catch (ExecutionException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return; // nothing was installed
        }
        synchronized (LOCK) {
            if (!activated && transformer != null) {
                inst.removeTransformer(transformer);
                transformer = null;
                int restored = Loaded.retransform(inst, () -> {});
                Timing.note("switched off by the test plan: transformer removed, " + restored + " classes restored");
                Precompiler.clear();
            }
        }
    }

    /** Weaves from now on, and retransforms what was loaded before. Called holding {@link #LOCK}. */
    private static void install(Instrumentation inst) {
        // Loaded before the transformer exists: loading it from inside the transformer would define it twice.
        ClassFilter.isExcluded("java/lang/Object");
        initialiseWeaving();
        InvariantTransformer installed = InvariantTransformer.ofThisJvm(inst);
        Loaded.retransform(inst, () -> inst.addTransformer(installed, true));
        transformer = installed;
    }

    /**
     * Initialises the classes every transform goes through, before the transformer exists. Once it is
     * installed, a class defined on another thread (a JDK proxy Maven's in-process Surefire makes while
     * parsing annotations; proxies are woven) enters the transformer at once. Had this thread only begun
     * initialising one of them, that thread would wait for the initialisation inside the transformer while
     * holding the proxy cache's lock, and this one could block on a lock it holds: a deadlock seen about once
     * in ten Maven builds, which never reached its first test.
     */
    private static void initialiseWeaving() {
        ClassLoader ours = Activation.class.getClassLoader();
        for (String name : new String[] {"Weaver", "Hierarchy", "PerLoader", "ClassInfo", "Planner", "Plans",
                "ClassPlan", "MemberPlan", "MethodFacts", "MemberWeaver", "Applied"}) {
            try {
                Class.forName("dev.invariants.junit.internal.weave." + name, true, ours);
            } catch (ClassNotFoundException renamed) {
                throw new IllegalStateException("the weaving class " + name + " is missing from this jar", renamed);
            }
        }
    }

    /** Why checking could not be switched on in this JVM, or {@code null}. */
    public static IllegalStateException failure() {
        return failure;
    }

    private static Instrumentation await(CompletableFuture<Instrumentation> future) {
        try {
            return future.get();
        } catch (ExecutionException | InterruptedException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            String message = ActivationMessages.cannotInstrument(cause);
            Warnings.warn(message);
            throw new IllegalStateException(Warnings.PREFIX + message, cause);
        }
    }
}
