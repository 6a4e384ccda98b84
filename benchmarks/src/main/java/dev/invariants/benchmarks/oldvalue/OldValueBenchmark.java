package dev.invariants.benchmarks.oldvalue;

import dev.invariants.benchmarks.percall.PerCallBenchmark;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Like {@link PerCallBenchmark}, for an invariant whose {@code post} reads {@code old(balance)}: the
 * value is captured on entry and handed to the exit check. Inside a running test.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(3)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
public class OldValueBenchmark {

    private final PlainAccount plain = new PlainAccount();
    private final HandCheckedAccount hand = new HandCheckedAccount();
    private final CheckedAccount checked = new CheckedAccount();
    private long amount = 3;

    @Benchmark
    public long uninstrumented() {
        return plain.deposit(amount);
    }

    @Benchmark
    public long handWritten() {
        return hand.deposit(amount);
    }

    @Benchmark
    public long invariants(AccountInsideTest test) {
        return checked.deposit(amount);
    }
}
