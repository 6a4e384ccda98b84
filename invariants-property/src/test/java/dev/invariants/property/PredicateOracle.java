package dev.invariants.property;

import dev.invariants.property.internal.target.AnnotatedInvariants;
import dev.invariants.property.spi.Call;
import dev.invariants.property.spi.CallOutcome;
import dev.invariants.property.spi.InvariantDescriptor;
import dev.invariants.property.spi.InvariantOracle;
import dev.invariants.property.spi.Invocation;
import dev.invariants.property.spi.Verdict;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * The oracle of the engine's own tests, standing in for the runtime: each invariant's {@code pre} and
 * {@code post} written again as Java predicates. Verdicts follow the runtime's rules (CONTRACT.md):
 * pre false → PRE_FAILED; raises; post only on normal return, THREW otherwise; type invariants after
 * every constructor and public call.
 */
public final class PredicateOracle implements InvariantOracle {
    private final Map<String, Predicate<Call>> pres = new HashMap<>();
    private final Map<String, BiPredicate<Call, Object>> posts = new HashMap<>();
    private final Map<String, Predicate<Object>> types = new HashMap<>();
    private int calls;

    public PredicateOracle method(String id, Predicate<Call> pre, BiPredicate<Call, Object> post) {
        pres.put(id, pre);
        posts.put(id, post);
        return this;
    }

    public PredicateOracle type(String id, Predicate<Object> invariant) {
        types.put(id, invariant);
        return this;
    }

    public int calls() {
        return calls;
    }

    @Override
    public List<InvariantDescriptor> invariants(Class<?> type) {
        return AnnotatedInvariants.of(type);
    }

    @Override
    public CallOutcome observe(Call call, Invocation invocation) {
        calls++;
        Class<?> owner = call.member().getDeclaringClass();
        List<InvariantDescriptor> declared = AnnotatedInvariants.of(owner);
        Map<String, Boolean> held = new HashMap<>();
        for (InvariantDescriptor invariant : declared) {
            if (call.member().equals(invariant.member())) {
                held.put(invariant.id(), pres.getOrDefault(invariant.id(), c -> true).test(call));
            }
        }
        Object result = null;
        Throwable thrown = null;
        try {
            result = invocation.proceed();
        } catch (Throwable t) {
            thrown = t;
        }
        List<Verdict> verdicts = new ArrayList<>();
        for (InvariantDescriptor invariant : declared) {
            if (invariant.isTypeInvariant()) {
                Object instance = call.member() instanceof Constructor<?> ? result : call.receiver();
                if (instance != null && types.containsKey(invariant.id())) {
                    verdicts.add(judge(invariant.id(), types.get(invariant.id()).test(instance), "type invariant"));
                }
            } else if (held.containsKey(invariant.id())) {
                verdicts.add(methodVerdict(invariant, held.get(invariant.id()), call, result, thrown));
            }
        }
        return new CallOutcome(result, thrown, verdicts);
    }

    private Verdict methodVerdict(InvariantDescriptor invariant, boolean preHeld, Call call, Object result, Throwable thrown) {
        String id = invariant.id();
        if (!preHeld) {
            return new Verdict(id, Verdict.Status.PRE_FAILED, null);
        }
        if (thrown != null) {
            if (invariant.raises().isEmpty()) {
                return new Verdict(id, Verdict.Status.THREW, null);
            }
            return judge(id, invariant.raises().stream().anyMatch(type -> type.isInstance(thrown)), "raises");
        }
        if (invariant.post().isEmpty()) {
            return judge(id, false, "raises");
        }
        return judge(id, posts.get(id).test(call, result), "post");
    }

    private static Verdict judge(String id, boolean held, String part) {
        return held ? new Verdict(id, Verdict.Status.PASSED, null)
                : new Verdict(id, Verdict.Status.VIOLATED, new AssertionError("[" + id + "] " + part + " violated"));
    }
}
