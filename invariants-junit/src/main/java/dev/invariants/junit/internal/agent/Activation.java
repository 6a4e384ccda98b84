package dev.invariants.junit.internal.agent;

import dev.invariants.junit.internal.assertions.AssertionCounting;
import dev.invariants.junit.internal.config.Settings;
import dev.invariants.junit.internal.config.Warnings;
import dev.invariants.junit.internal.expr.ClassCompiler;
import dev.invariants.junit.internal.runtime.Checks;
import dev.invariants.junit.internal.weave.ClassFilter;
import java.lang.instrument.Instrumentation;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Switches checking on, once per JVM: obtaining {@link Instrumentation} starts on a background
 * thread when a session opens (attaching takes a few hundred milliseconds, which overlap with the
 * platform's own start-up) and the transformer is installed when the first enabled test plan starts executing.
 */
public final class Activation {

    private static final Object LOCK = new Object();
    private static CompletableFuture<Instrumentation> instrumentation;
    private static boolean installed;
    private static volatile IllegalStateException failure;

    private Activation() {}

    /** Starts obtaining instrumentation in the background, unless that is already under way or done. */
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
     * Installs the transformer (once per JVM) and applies the session's settings. When the JVM cannot
     * be instrumented the failure is kept for {@link #failure()}: listeners' exceptions are only
     * logged by the platform, so the session listener throws it when the session closes, and a run
     * that claims to check invariants does not pass without doing so.
     */
    public static void activate(Settings settings) {
        Checks.configure(settings.enforcePreconditions());
        synchronized (LOCK) {
            if (installed) {
                return;
            }
            prepare();
            long start = System.nanoTime();
            Instrumentation inst;
            try {
                inst = await();
            } catch (IllegalStateException e) {
                failure = e;
                throw e;
            }
            long attached = System.nanoTime();
            // Loaded before the transformer exists: loading it from inside the transformer would define it twice.
            ClassFilter.isExcluded("java/lang/Object");
            Loaded.retransform(inst, () -> inst.addTransformer(new InvariantTransformer(), true));
            Timing.report("waited for instrumentation", start, attached);
            Timing.report("install and retransform", attached, System.nanoTime());
            installed = true;
            // The first woven call compiles its class's checks; the compiler's own cold start (loading
            // it, ~100 ms) can overlap with the first tests instead. Not earlier: during discovery it
            // only competed for the cores (measured, docs/benchmarks.md).
            Thread warmUp = new Thread(ClassCompiler::warmUp, "invariants-warm-up");
            warmUp.setDaemon(true);
            warmUp.start();
        }
    }

    /** Why checking could not be switched on in this JVM, or {@code null}. */
    public static IllegalStateException failure() {
        return failure;
    }

    private static Instrumentation await() {
        try {
            return instrumentation.get();
        } catch (ExecutionException | InterruptedException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            String message = Messages.cannotInstrument(cause);
            Warnings.warn(message);
            throw new IllegalStateException(Warnings.PREFIX + message, cause);
        }
    }
}
