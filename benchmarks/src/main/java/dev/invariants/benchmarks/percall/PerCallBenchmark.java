package dev.invariants.benchmarks.percall;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of one call of a method with one pre+post invariant, all in one run: uninstrumented (the
 * baseline), checked by hand, checked by invariants inside a running test (the per-test ledger path)
 * and outside any test (the detached ledger), and validated by Hibernate Validator's method
 * validation. Targets: invariants at most 20 ns over uninstrumented, and at least 10× cheaper than
 * Hibernate Validator.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(3)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
public class PerCallBenchmark {

    private final PlainFees plain = new PlainFees();
    private final HandCheckedFees hand = new HandCheckedFees();
    private final CheckedFees checked = new CheckedFees();
    private long amount;

    @Setup
    public void setUp() {
        amount = 12_345;
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
    public long invariants(FeesInsideTest test) {
        return checked.addFee(amount);
    }

    @Benchmark
    public long invariantsOutsideTests(FeesOutsideTests outside) {
        return checked.addFee(amount);
    }

    @Benchmark
    public long hibernateValidator(HibernateValidation validation) {
        return validation.addFee(amount);
    }
}
