package dev.invariants.junit.internal.runtime;

import dev.invariants.junit.internal.expr.ChecksCompiler;
import dev.invariants.junit.internal.weave.Plans;
import java.lang.invoke.MethodHandles;
import java.lang.ref.WeakReference;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Compiles the checks of woven classes on a background thread, in the order the classes were woven,
 * so that their first call finds them ready. Discovery loads the domain classes that test classes
 * name in fields and signatures long before the tests call them; a suite of 100 annotated classes
 * spent ~2 s of its test thread compiling at first calls (docs/benchmarks.md). A first call that
 * comes before the background thread reaches its class compiles it on the spot, as without this;
 * one that comes while it is being compiled waits for that compile ({@link Linkage#of}'s per-class
 * lock), which is never longer than compiling it itself.
 *
 * <p>Classes queue up from the moment the transformer is installed; compiling starts only when a
 * test plan switches checking on ({@link #start}), and a plan that switches it off drops the queue.
 */
public final class Precompiler {

    private record Woven(WeakReference<ClassLoader> loader, String className) {}

    private static final String THREAD_NAME = "invariants-compile";
    private static final BlockingQueue<Woven> QUEUE = new LinkedBlockingQueue<>();
    private static boolean started;

    private Precompiler() {}

    /** Called by the transformer when it wove a class as the class loaded. */
    public static void woven(ClassLoader loader, String internalName) {
        QUEUE.add(new Woven(new WeakReference<>(loader), internalName.replace('/', '.')));
    }

    /** Starts the background thread, once; before anything is queued, it loads the compiler. */
    public static synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        Thread thread = new Thread(Precompiler::run, THREAD_NAME);
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether the current thread is the background thread that compiles ahead. */
    static boolean isCompileThread() {
        return Thread.currentThread().getName().equals(THREAD_NAME);
    }

    /** Forgets what is queued: checking is off, and nothing may be compiled ahead. */
    public static void clear() {
        QUEUE.clear();
    }

    private static void run() {
        if (QUEUE.isEmpty()) {
            ChecksCompiler.warmUp();
        }
        while (true) {
            Woven next;
            try {
                next = QUEUE.take();
            } catch (InterruptedException e) {
                return;
            }
            compile(next);
        }
    }

    private static void compile(Woven woven) {
        ClassLoader loader = woven.loader().get();
        if (loader == null) {
            return;
        }
        try {
            Class<?> type = Class.forName(woven.className(), false, loader);
            if (Plans.of(type) == null) {
                return; // another class of the same name, or restored to its original bytes
            }
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
            // Defining the checks as a hidden nestmate needs full access; where only the class's own
            // call sites have it (another module), its first call links it as before.
            if (lookup.hasFullPrivilegeAccess()) {
                Linkage.of(lookup);
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // Its first call compiles it, and reports what goes wrong there, to the test that made the call.
        }
    }
}
