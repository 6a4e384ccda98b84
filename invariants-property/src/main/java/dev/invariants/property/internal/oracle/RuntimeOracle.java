package dev.invariants.property.internal.oracle;

import dev.invariants.junit.spi.InvariantDefinition;
import dev.invariants.junit.spi.InvariantsRuntime;
import dev.invariants.junit.spi.ObservedCall;
import dev.invariants.property.spi.Call;
import dev.invariants.property.spi.CallOutcome;
import dev.invariants.property.spi.InvariantDescriptor;
import dev.invariants.property.spi.InvariantOracle;
import dev.invariants.property.spi.Invocation;
import dev.invariants.property.spi.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The oracle of the real runtime ({@code invariants-junit}): descriptors come from its class-file
 * reader, verdicts from what its woven checks recorded on this thread while the call ran.
 */
public final class RuntimeOracle implements InvariantOracle {

    private final Descriptors descriptors = new Descriptors();

    @Override
    public List<InvariantDescriptor> invariants(Class<?> type) {
        return descriptors.of(type);
    }

    @Override
    public CallOutcome observe(Call call, Invocation invocation) {
        ObservedCall observed = InvariantsRuntime.current().observe(invocation::proceed);
        return new CallOutcome(observed.result(), observed.thrown(), verdicts(observed));
    }

    /**
     * One verdict per invariant recorded during the call. The outermost call's exit records last, so
     * for an invariant recorded more than once (nested calls of the same member) a violation wins,
     * then a broken evaluation, then the last exit outcome, then a false {@code pre}.
     */
    static List<Verdict> verdicts(ObservedCall observed) {
        Map<String, ObservedCall.Outcome> chosen = new LinkedHashMap<>();
        for (ObservedCall.Outcome outcome : observed.outcomes()) {
            InvariantDefinition invariant = outcome.invariant();
            chosen.merge(invariant.owner() + "#" + invariant.id(), outcome, RuntimeOracle::stronger);
        }
        List<Verdict> verdicts = new ArrayList<>();
        chosen.values().forEach(outcome -> verdicts.add(
                new Verdict(outcome.invariant().id(), status(outcome.status()), failure(outcome, observed))));
        return verdicts;
    }

    private static ObservedCall.Outcome stronger(ObservedCall.Outcome earlier, ObservedCall.Outcome later) {
        if (earlier.status() == ObservedCall.Status.VIOLATED || later.status() == ObservedCall.Status.VIOLATED) {
            return earlier.status() == ObservedCall.Status.VIOLATED ? earlier : later;
        }
        if (earlier.status() == ObservedCall.Status.BROKEN || later.status() == ObservedCall.Status.BROKEN) {
            return earlier.status() == ObservedCall.Status.BROKEN ? earlier : later;
        }
        return later.status() == ObservedCall.Status.PRE_FAILED ? earlier : later;
    }

    private static Throwable failure(ObservedCall.Outcome outcome, ObservedCall observed) {
        if (outcome.status() == ObservedCall.Status.VIOLATED) {
            return outcome.violation() != null ? outcome.violation() : observed.ours();
        }
        if (outcome.status() == ObservedCall.Status.BROKEN) {
            if (observed.definitionError()) {
                return observed.ours();
            }
            String reason = outcome.brokenReason();
            return new AssertionError(reason == null ? "the invariant could not be evaluated" : reason);
        }
        return null;
    }

    private static Verdict.Status status(ObservedCall.Status status) {
        return switch (status) {
            case PRE_FAILED -> Verdict.Status.PRE_FAILED;
            case PASSED -> Verdict.Status.PASSED;
            case VIOLATED -> Verdict.Status.VIOLATED;
            case THREW -> Verdict.Status.THREW;
            case BROKEN -> Verdict.Status.BROKEN;
        };
    }

    @Override
    public Runnable credited(Runnable work) {
        return InvariantsRuntime.current().credited(work);
    }

    @Override
    public Optional<String> configurationParameter(String key) {
        return InvariantsRuntime.current().configuration(key);
    }

    @Override
    public void propertyFinished(InvariantDescriptor invariant, int tries, int rejected, boolean failed,
            boolean couldNotBeFalsified) {
        InvariantDefinition definition = descriptors.definition(invariant);
        if (definition != null) {
            InvariantsRuntime.current().generatedRun(definition, tries, rejected, failed, couldNotBeFalsified);
        }
    }
}
