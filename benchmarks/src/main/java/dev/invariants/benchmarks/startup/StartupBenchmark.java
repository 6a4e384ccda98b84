package dev.invariants.benchmarks.startup;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.invariants.benchmarks.startup.suite.SuiteTestCase;
import java.util.concurrent.TimeUnit;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A cold JUnit Platform session in a fresh JVM running a small suite over annotated classes, with
 * {@code invariants.enabled} false and true: the difference is the start-up checking adds to a test
 * JVM (target: at most 600 ms). One shot per fork, many forks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(10)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class StartupBenchmark {

    @Param({"false", "true"})
    public String enabled;

    @Benchmark
    public long coldSuite() {
        System.setProperty("invariants.enabled", enabled);
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        try (LauncherSession session = LauncherFactory.openSession()) {
            session.getLauncher().execute(LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClass(SuiteTestCase.class)).build(), listener);
        }
        if (listener.getSummary().getTestsSucceededCount() != 4) {
            IllegalStateException failed = new IllegalStateException("the suite did not pass");
            listener.getSummary().getFailures().forEach(f -> failed.addSuppressed(f.getException()));
            throw failed;
        }
        return listener.getSummary().getTestsSucceededCount();
    }
}
