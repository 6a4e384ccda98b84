package dev.invariants.benchmarks.forked;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The test JVM of the forked measurements: one launcher session over the given packages, like a
 * build tool's test fork (configuration comes from system properties). Exits 1 unless every test passed.
 *
 * <p>With {@code -Dbench.await.attach=true} ({@link CompileTime}) it starts discovery only once the
 * runtime's background thread that obtains instrumentation and installs the transformer has finished:
 * every class discovery loads is then woven as it loads, and queued for compiling ahead.
 */
public final class RunTests implements TestExecutionListener {

    // One class file: the forked runner's directory holds only this one.
    private long planStarted;

    private RunTests() {}

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        planStarted = System.nanoTime();
    }

    public static void main(String[] packages) throws InterruptedException {
        long upToMain = ManagementFactory.getRuntimeMXBean().getUptime();
        long start = System.nanoTime();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        RunTests phases = new RunTests();
        long executed;
        try (LauncherSession session = LauncherFactory.openSession()) {
            if (Boolean.getBoolean("bench.await.attach")) {
                awaitThread("invariants-attach");
            }
            session.getLauncher().execute(LauncherDiscoveryRequestBuilder.request()
                    .selectors(Arrays.stream(packages).map(p -> selectPackage(p)).toList())
                    .build(), listener, phases);
            executed = System.nanoTime();
        }
        long closed = System.nanoTime();
        // Where a run's time goes, for docs/benchmarks.md: the session's close writes the report.
        System.out.printf("timing: JVM start to main %d ms, session open + discovery %d ms, execution %d ms, session close %d ms%n",
                upToMain, (phases.planStarted - start) / 1_000_000, (executed - phases.planStarted) / 1_000_000,
                (closed - executed) / 1_000_000);
        TestExecutionSummary summary = listener.getSummary();
        System.out.println("tests: " + summary.getTestsSucceededCount() + " passed, " + summary.getTotalFailureCount() + " failed");
        summary.getFailures().forEach(f -> System.out.println("FAILED " + f.getTestIdentifier().getDisplayName() + ": " + f.getException()));
        System.exit(summary.getTotalFailureCount() == 0 && summary.getTestsSucceededCount() > 0 ? 0 : 1);
    }

    /** Until no thread of that name is alive (at most 60 s); the session's listeners start it before openSession returns. */
    private static void awaitThread(String name) throws InterruptedException {
        long start = System.nanoTime();
        boolean alive = running(name);
        boolean seen = alive;
        while (alive && System.nanoTime() - start < 60_000_000_000L) {
            Thread.sleep(5);
            alive = running(name);
        }
        System.out.println("await: thread " + name + (!seen ? " not running" : alive ? " still running after " : " finished after ")
                + (seen ? (System.nanoTime() - start) / 1_000_000 + " ms" : ""));
    }

    private static boolean running(String name) {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(name) && t.isAlive());
    }
}
