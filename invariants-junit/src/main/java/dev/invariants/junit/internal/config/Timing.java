package dev.invariants.junit.internal.config;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Start-up costs on standard error when {@code -Dinvariants.debug.timing=true}; for docs/benchmarks.md.
 * Costs spread over many small steps (weaving each loading class, compiling each class's checks) are
 * summed as {@link Total}s and printed once, when the session closes.
 */
public final class Timing {

    private static final boolean ON = Boolean.getBoolean("invariants.debug.timing");
    private static final Map<String, Total> TOTALS = new ConcurrentSkipListMap<>();

    private Timing() {}

    /** Whether timing lines are on: callers skip taking the time when not. */
    public static boolean on() {
        return ON;
    }

    public static void report(String what, long startNanos, long endNanos) {
        if (ON) {
            System.err.println("[invariants] timing: " + what + " "
                    + String.format(Locale.ROOT, "%.3f", (endNanos - startNanos) / 1e6) + " ms");
        }
    }

    /** Like {@link #report(String, long, long)}, followed by the thread CPU time since {@code start} ({@link Total#start()}). */
    public static void report(String what, long startNanos, long endNanos, long[] start) {
        if (ON) {
            System.err.println("[invariants] timing: " + what + " "
                    + String.format(Locale.ROOT, "%.3f ms, thread CPU %.3f ms", (endNanos - startNanos) / 1e6,
                            (Total.cpu() - start[1]) / 1e6));
        }
    }

    public static void note(String what) {
        if (ON) {
            System.err.println("[invariants] timing: " + what);
        }
    }

    /** The running total of one kind of step, e.g. "the transformer". */
    public static Total total(String what) {
        return TOTALS.computeIfAbsent(what, Total::new);
    }

    /** Prints every total, once per session. */
    public static void printTotals() {
        if (!ON) {
            return; // formatting them would load the JDK's locale data for nothing (and flood another agent's log)
        }
        TOTALS.values().forEach(each -> note(each.toString()));
    }

    /**
     * Wall and CPU time of the steps of one kind: on a loaded machine the thread's CPU time says more
     * than the wall clock. Take {@link #start()} before a step and pass it to {@link #add} after.
     */
    public static final class Total {
        private final String what;
        private final AtomicLong steps = new AtomicLong();
        private final AtomicLong counted = new AtomicLong();
        private final AtomicLong wallNanos = new AtomicLong();
        private final AtomicLong cpuNanos = new AtomicLong();

        private Total(String what) {
            this.what = what;
        }

        /** The start of a step: {@code null} when timing is off, so the step costs nothing extra. */
        public static long[] start() {
            return ON ? new long[] {System.nanoTime(), cpu()} : null;
        }

        /** Adds one step begun at {@code start}; {@code counts} says whether it did the work counted apart. */
        public void add(long[] start, boolean counts) {
            if (start == null) {
                return;
            }
            steps.incrementAndGet();
            wallNanos.addAndGet(System.nanoTime() - start[0]);
            cpuNanos.addAndGet(cpu() - start[1]);
            if (counts) {
                counted.incrementAndGet();
            }
        }

        private static long cpu() {
            return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s: %d steps (%d of them counted), %.3f ms, thread CPU %.3f ms", what,
                    steps.get(), counted.get(), wallNanos.get() / 1e6, cpuNanos.get() / 1e6);
        }
    }
}
