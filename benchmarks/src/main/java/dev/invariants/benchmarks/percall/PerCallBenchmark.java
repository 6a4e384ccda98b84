package dev.invariants.benchmarks.percall;

import dev.invariants.junit.internal.ledger.InvariantRegistry;
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
 * Cost of one call of a method with one pre+post invariant: uninstrumented, checked by hand, and
 * checked by invariants (target: at most 20 ns more than uninstrumented).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class PerCallBenchmark {

    private PlainFees plain;
    private HandCheckedFees hand;
    private CheckedFees checked;
    private long amount;

    @Setup(Level.Trial)
    public void setUp() {
        // Checking starts the way it does in a test JVM: a launcher session executing a test plan
        // (activation happens when a plan starts executing, with its full configuration).
        try (LauncherSession session = LauncherFactory.openSession()) {
            session.getLauncher().execute(LauncherDiscoveryRequestBuilder.request().build());
        }
        plain = new PlainFees();
        hand = new HandCheckedFees();
        checked = new CheckedFees();
        amount = 12_345;
        checked.addFee(amount);
        if (InvariantRegistry.all().stream().noneMatch(d -> d.id().equals("fee-added"))) {
            throw new IllegalStateException("CheckedFees was not woven: the benchmark would measure nothing");
        }
    }

    @Benchmark
    public long uninstrumented() {
        return plain.addFee(amount);
    }

    @Benchmark
    public long handWritten() {
        return hand.addFee(amount);
    }

    @Benchmark
    public long invariants() {
        return checked.addFee(amount);
    }
}
