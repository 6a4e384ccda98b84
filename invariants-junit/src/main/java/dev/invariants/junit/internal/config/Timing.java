package dev.invariants.junit.internal.config;

import java.util.Locale;

/** Start-up costs on standard error when {@code -Dinvariants.debug.timing=true}; for docs/benchmarks.md. */
public final class Timing {

    private static final boolean ON = Boolean.getBoolean("invariants.debug.timing");

    private Timing() {}

    public static void report(String what, long startNanos, long endNanos) {
        if (ON) {
            System.err.println("[invariants] timing: " + what + " "
                    + String.format(Locale.ROOT, "%.3f", (endNanos - startNanos) / 1e6) + " ms");
        }
    }

    public static void note(String what) {
        if (ON) {
            System.err.println("[invariants] timing: " + what);
        }
    }
}
