package dev.invariants.benchmarks.combinations;

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
 * Cost of pairwise coverage on the call path: one call of a three-parameter method with one pre+post invariant,
 * uninstrumented, checked with combinations recorded (the default) and checked with
 * {@code invariants.combinations=false}. The inputs cycle through eight (age, plan, smoker) triples, so the
 * classes change from call to call. Target: a checked call at most 20 ns over uninstrumented, with combinations.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(3)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
public class CombinationsBenchmark {

    private static final int[] AGES = {18, 40, 70, 25, 18, 66, 30, 45};
    private static final Plan[] PLANS = {Plan.BASIC, Plan.PLUS, Plan.FAMILY, Plan.BASIC, Plan.FAMILY, Plan.PLUS,
        Plan.FAMILY, Plan.BASIC};
    private static final boolean[] SMOKERS = {false, true, true, false, false, true, false, true};

    private final PlainPremiums plain = new PlainPremiums();
    private final CheckedPremiums checked = new CheckedPremiums();
    private int next;

    @Benchmark
    public long uninstrumented() {
        int i = next++ & 7;
        return plain.premium(AGES[i], PLANS[i], SMOKERS[i]);
    }

    @Benchmark
    public long withCombinations(PremiumsInsideTest test) {
        int i = next++ & 7;
        return checked.premium(AGES[i], PLANS[i], SMOKERS[i]);
    }

    @Benchmark
    public long withoutCombinations(PremiumsWithoutCombinations test) {
        int i = next++ & 7;
        return checked.premium(AGES[i], PLANS[i], SMOKERS[i]);
    }
}
