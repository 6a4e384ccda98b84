package dev.invariants.benchmarks.property;

import dev.invariants.property.internal.oracle.RuntimeOracle;
import dev.invariants.property.spi.Call;
import dev.invariants.property.spi.CallOutcome;
import dev.invariants.property.spi.InvariantDescriptor;
import dev.invariants.property.spi.InvariantOracle;
import dev.invariants.property.spi.Invocation;
import dev.invariants.property.spi.Verdict;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * The engine's oracle as the engine's own tests have it: each {@code pre} and {@code post} of
 * {@link Targets} written again in Java. Stands in for the runtime until the engine is integrated
 * with it (then the oracle is the runtime's own evaluation of the woven call).
 */
final class JavaOracle implements InvariantOracle {

    // Descriptors as the runtime reads them from the class file (ids, lines, parameter names).
    private static final RuntimeOracle DESCRIPTORS = new RuntimeOracle();

    private record Rule(Predicate<List<Object>> pre, BiPredicate<List<Object>, Object> post) {}

    private static final Map<String, Rule> RULES = Map.of(
            "clamp-in-range", new Rule(
                    a -> (int) a.get(1) <= (int) a.get(2) && (int) a.get(0) >= -1000 && (int) a.get(0) <= 1000,
                    (a, r) -> (int) r >= (int) a.get(1) && (int) r <= (int) a.get(2)),
            "third-exact", new Rule(
                    a -> (int) a.get(0) >= 0 && (int) a.get(0) % 3 == 0,
                    (a, r) -> (int) r * 3 == (int) a.get(0)),
            "fee-within-amount", new Rule(
                    a -> ((BigDecimal) a.get(0)).signum() > 0 && (int) a.get(1) >= 0 && (int) a.get(1) <= 100,
                    (a, r) -> ((BigDecimal) r).signum() >= 0 && ((BigDecimal) r).compareTo((BigDecimal) a.get(0)) <= 0));

    private final InvariantDescriptor invariant;
    private final Rule rule;

    JavaOracle(InvariantDescriptor invariant) {
        this.invariant = invariant;
        this.rule = RULES.get(invariant.id());
    }

    @Override
    public List<InvariantDescriptor> invariants(Class<?> type) {
        return DESCRIPTORS.invariants(type);
    }

    @Override
    public CallOutcome observe(Call call, Invocation invocation) {
        if (!rule.pre().test(call.arguments())) {
            return outcome(invocation, new Verdict(invariant.id(), Verdict.Status.PRE_FAILED, null), call);
        }
        return outcome(invocation, null, call);
    }

    private CallOutcome outcome(Invocation invocation, Verdict preFailed, Call call) {
        Object result;
        try {
            result = invocation.proceed();
        } catch (Throwable t) {
            return new CallOutcome(null, t, List.of(preFailed != null ? preFailed
                    : new Verdict(invariant.id(), Verdict.Status.THREW, null)));
        }
        if (preFailed != null) {
            return new CallOutcome(result, null, List.of(preFailed));
        }
        boolean held = rule.post().test(call.arguments(), result);
        return new CallOutcome(result, null, List.of(held ? new Verdict(invariant.id(), Verdict.Status.PASSED, null)
                : new Verdict(invariant.id(), Verdict.Status.VIOLATED, new AssertionError(invariant.id() + " violated"))));
    }
}
