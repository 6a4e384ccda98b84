package dev.invariants.property;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.Invariant;
import dev.invariants.property.internal.engine.PropertyRunner;
import dev.invariants.property.internal.engine.RunResult;
import dev.invariants.property.internal.engine.RunSettings;
import dev.invariants.property.internal.gen.TypeGenerators;
import dev.invariants.property.internal.target.AnnotatedInvariants;
import dev.invariants.property.internal.target.MethodProperty;
import dev.invariants.property.spi.InvariantDescriptor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The engine's own statistics for a simple pure method. Timing is printed, never asserted (speed
 * targets belong to benchmarks); what is asserted is that every try was valid.
 */
class ThroughputTests {

    @Invariant(id = "clamp-in-range", pre = "low <= high && value >= -1000 && value <= 1000",
            post = "result >= low && result <= high")
    public static int clamp(int value, int low, int high) {
        return Math.max(low, Math.min(high, value));
    }

    @Test
    @DisplayName("should generate every input inside a recognised precondition, rejecting none")
    void throughput() {
        InvariantDescriptor invariant = AnnotatedInvariants.of(ThroughputTests.class).get(0);
        PredicateOracle oracle = new PredicateOracle().method("clamp-in-range", call -> {
            List<Object> a = call.arguments();
            int value = (int) a.get(0);
            return (int) a.get(1) <= (int) a.get(2) && value >= -1000 && value <= 1000;
        }, (call, result) -> (int) result >= (int) call.arguments().get(1) && (int) result <= (int) call.arguments().get(2));
        MethodProperty property = new MethodProperty(invariant, oracle, new TypeGenerators(Map.of(), List.of()));

        RunResult result = new PropertyRunner(property, new RunSettings("throughput", 20_000, 1, null)).run();

        System.out.printf("invariants-property throughput: %d tries, %d rejected, %.0f tries/second%n",
                result.statistics().tries(), result.statistics().rejected(), result.statistics().triesPerSecond());
        assertThat(result.failed()).isFalse();
        assertThat(result.statistics().tries()).isEqualTo(20_000);
        assertThat(result.statistics().rejected()).isZero();
        assertThat(oracle.calls()).isEqualTo(20_000);
    }
}
