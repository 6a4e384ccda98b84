package dev.invariants.benchmarks.forked;

import java.util.List;

/**
 * The first test class of {@link CompileTime}'s suite (its JVM orders classes by name, and
 * {@code CompileGateTests} sorts before every {@code p<nn>} package). Discovery reads its methods, whose
 * parameters name every annotated class, so all of them load (and are woven) then, before the test
 * plan starts; its one test then waits until the runtime's compile-ahead thread is idle, so the checks
 * of every class are compiled one after another on that thread, with the test thread asleep: the
 * per-class figures are the compiler's, not a race between two threads on two cores.
 *
 * <p>Idle is the thread named {@value #THREAD} seen waiting three polls in a row (20 ms apart). When
 * no such thread shows up within 2 s (a runtime that compiles differently) or it stays busy past
 * {@code -Dbench.gate.timeout.s} (600 s), the gate lets the tests run and says so; the classes then
 * compile at their first calls, and {@link CompileStats} shows on which thread.
 *
 * <p>It also prints the compile thread's CPU time (nanosecond clock): a per-class mean that does not
 * depend on the resolution of the runtime's timing lines.
 */
final class CompileGate {

    static final String CLASS = "CompileGateTests";
    static final String THREAD = "invariants-compile";
    /** What the gate prints first on its line. */
    static final String PREFIX = "gate: ";

    private CompileGate() {}

    static String source(String rootPackage, List<String> annotatedClasses) {
        StringBuilder loads = new StringBuilder();
        for (int i = 0; i < annotatedClasses.size(); i++) {
            loads.append("    private static void load").append(i).append('(').append(annotatedClasses.get(i))
                    .append(" subject) {\n    }\n\n");
        }
        return """
                package %1$s;

                import java.lang.management.ManagementFactory;
                import java.util.Locale;
                import org.junit.jupiter.api.Test;

                class %2$s {

                    @Test
                    void checksCompiledAhead() throws InterruptedException {
                        long start = System.nanoTime();
                        long timeout = Long.getLong("bench.gate.timeout.s", 600) * 1_000_000_000L;
                        boolean seen = false;
                        int idle = 0;
                        Thread compiler = null;
                        while (idle < 3 && System.nanoTime() - start < timeout && (seen || System.nanoTime() - start < 2_000_000_000L)) {
                            compiler = null;
                            for (Thread thread : Thread.getAllStackTraces().keySet()) {
                                if (thread.getName().equals("%3$s")) {
                                    compiler = thread;
                                }
                            }
                            if (compiler != null) {
                                seen = true;
                                Thread.State state = compiler.getState();
                                idle = state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING ? idle + 1 : 0;
                            }
                            Thread.sleep(20);
                        }
                        String verdict = idle >= 3 ? "compile thread idle" : seen ? "compile thread still busy, timed out" : "no compile thread";
                        String cpu = "";
                        if (compiler != null && ManagementFactory.getThreadMXBean().isThreadCpuTimeSupported()) {
                            cpu = String.format(Locale.ROOT, "; its CPU time %%.3f ms",
                                    ManagementFactory.getThreadMXBean().getThreadCpuTime(compiler.getId()) / 1e6);
                        }
                        System.out.println("%4$s" + verdict + " after " + (System.nanoTime() - start) / 1_000_000 + " ms" + cpu);
                    }

                %5$s}
                """.formatted(rootPackage, CLASS, THREAD, PREFIX, loads);
    }
}
