package dev.invariants.benchmarks.property;

import dev.invariants.property.internal.engine.Attempt;
import dev.invariants.property.internal.engine.ChoiceRecorder;
import dev.invariants.property.internal.engine.PropertyRunner;
import dev.invariants.property.internal.engine.RunResult;
import dev.invariants.property.internal.engine.RunSettings;
import dev.invariants.property.internal.engine.TryOutcome;
import dev.invariants.property.internal.gen.TypeGenerators;
import dev.invariants.property.internal.oracle.RuntimeOracle;
import dev.invariants.property.internal.subject.MethodProperty;
import dev.invariants.property.spi.InvariantDescriptor;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Tries per second of a generated property on the real runtime: one op is one try of {@link Clamp#clamp} (draw
 * three ints inside {@code pre}, call the woven method, read the runtime's verdict). Target: at least 10,000/s,
 * and at most 5% of inputs rejected, which the set-up checks over a 20,000-try run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class PropertyThroughputBenchmark {

    private MethodProperty property;
    private SplittableRandom random;

    @Setup(Level.Trial)
    public void setUp() {
        try (LauncherSession session = LauncherFactory.openSession()) {
            session.getLauncher().execute(LauncherDiscoveryRequestBuilder.request().build());
        }
        RuntimeOracle oracle = new RuntimeOracle();
        InvariantDescriptor invariant = oracle.invariants(Clamp.class).get(0);
        property = new MethodProperty(invariant, oracle, new TypeGenerators(Map.of(), List.of()));
        RunResult run = new PropertyRunner(property, new RunSettings("throughput", 20_000, 1L, null)).run();
        System.out.printf("%n[throughput run] %d tries, %d rejected (%.2f%%), %.0f tries/s, failed: %s%n",
                run.statistics().tries(), run.statistics().rejected(), run.statistics().rejectedShare() * 100,
                run.statistics().triesPerSecond(), run.failed());
        if (run.failed() || run.statistics().rejectedShare() > 0.05) {
            throw new IllegalStateException("the property failed or rejected more than 5%: the benchmark would mislead");
        }
        random = new SplittableRandom(7);
    }

    @Benchmark
    public TryOutcome oneTry() {
        return Attempt.run(property, ChoiceRecorder.generating(random.split(), -1, 0.1)).outcome();
    }
}
