package dev.invariants.benchmarks.typeinvariant;

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
 * Like {@link PerCallBenchmark}, for a type invariant: it is checked after every outermost public
 * call on the instance, which the runtime tracks per thread. Inside a running test.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(3)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
public class TypeInvariantBenchmark {

    private final PlainRange plain = new PlainRange();
    private final HandCheckedRange hand = new HandCheckedRange();
    private final CheckedRange checked = new CheckedRange();
    private long amount = 1;

    @Benchmark
    public long uninstrumented() {
        return plain.widen(amount);
    }

    @Benchmark
    public long handWritten() {
        return hand.widen(amount);
    }

    @Benchmark
    public long invariants(RangeInsideTest test) {
        return checked.widen(amount);
    }
}
