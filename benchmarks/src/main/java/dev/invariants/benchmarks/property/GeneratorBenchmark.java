package dev.invariants.benchmarks.property;

import dev.invariants.property.internal.engine.PropertyRunner;
import dev.invariants.property.internal.engine.RunResult;
import dev.invariants.property.internal.engine.RunSettings;
import dev.invariants.property.internal.gen.TypeGenerators;
import dev.invariants.property.internal.oracle.RuntimeOracle;
import dev.invariants.property.internal.subject.MethodProperty;
import dev.invariants.property.spi.InvariantDescriptor;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Generator throughput of {@code invariants-property}: one operation is a property run of
 * {@value #VALID_TRIES} valid tries (a new seed each time); the {@code tries} and {@code rejected}
 * counters come out per second, so {@code rejected / tries} is the rejection share. The baseline, in
 * the same run, is a hand-written random test of the same method: arguments drawn directly inside
 * the precondition with {@link SplittableRandom}, the call, the post-condition checked in Java.
 *
 * <p>The engine runs with its own Java oracle ({@link JavaOracle}), not yet with the runtime: see
 * docs/benchmarks.md for the figure still to add once they are integrated.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(3)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class GeneratorBenchmark {

    static final int VALID_TRIES = 1_000;

    @Param({"clamp-in-range", "third-exact", "fee-within-amount"})
    public String invariant;

    private MethodProperty property;
    private long seed;
    private final SplittableRandom random = new SplittableRandom(42);

    @Setup
    public void setUp() {
        InvariantDescriptor descriptor = new RuntimeOracle().invariants(Targets.class).stream()
                .filter(d -> d.id().equals(invariant)).findFirst().orElseThrow();
        property = new MethodProperty(descriptor, new JavaOracle(descriptor), new TypeGenerators(Map.of(), List.of()));
    }

    @Benchmark
    public int engine(Tries counts) {
        RunResult result = new PropertyRunner(property, new RunSettings("bench-" + invariant, VALID_TRIES, ++seed, null)).run();
        if (result.failed()) {
            throw new IllegalStateException(invariant + " failed: " + result.outcome());
        }
        counts.tries += result.statistics().tries();
        counts.rejected += result.statistics().rejected();
        return result.statistics().valid();
    }

    @Benchmark
    public long handWritten(Tries counts) {
        long sink = 0;
        for (int i = 0; i < VALID_TRIES; i++) {
            sink += switch (invariant) {
                case "clamp-in-range" -> {
                    int low = random.nextInt(-10_000, 10_000);
                    int high = random.nextInt(low, 10_001);
                    int result = Targets.clamp(random.nextInt(-1000, 1001), low, high);
                    require(result >= low && result <= high);
                    yield result;
                }
                case "third-exact" -> {
                    int n = 3 * random.nextInt(0, Integer.MAX_VALUE / 3);
                    int result = Targets.third(n);
                    require(result * 3 == n);
                    yield result;
                }
                default -> {
                    BigDecimal amount = BigDecimal.valueOf(random.nextLong(1, 100_000_000), 2);
                    BigDecimal result = Targets.fee(amount, random.nextInt(0, 101));
                    require(result.signum() >= 0 && result.compareTo(amount) <= 0);
                    yield result.scale();
                }
            };
        }
        counts.tries += VALID_TRIES;
        return sink;
    }

    private static void require(boolean held) {
        if (!held) {
            throw new AssertionError("post-condition violated");
        }
    }
}
