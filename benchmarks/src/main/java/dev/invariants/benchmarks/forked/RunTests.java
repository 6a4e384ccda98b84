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
 */
public final class RunTests implements TestExecutionListener {

    // One class file: the forked runner's directory holds only this one.
    private long planStarted;

    private RunTests() {}

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        planStarted = System.nanoTime();
    }

    public static void main(String[] packages) {
        long upToMain = ManagementFactory.getRuntimeMXBean().getUptime();
        long start = System.nanoTime();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        RunTests phases = new RunTests();
        long executed;
        try (LauncherSession session = LauncherFactory.openSession()) {
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
}
