package dev.invariants.property.internal.runtime;

import dev.invariants.junit.InvariantViolationError;
import dev.invariants.junit.internal.ledger.Observation;
import dev.invariants.junit.internal.ledger.Recorder;
import dev.invariants.junit.internal.model.InvariantDefinition;
import dev.invariants.junit.internal.model.InvariantRegistry;
import dev.invariants.junit.internal.runtime.DefinitionError;
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
        Observation observation = Observation.open();
        Object result = null;
        Throwable thrown = null;
        Throwable ours = null;
        try {
            result = invocation.proceed();
        } catch (InvariantViolationError | DefinitionError violation) {
            ours = violation;
        } catch (Throwable other) {
            thrown = other;
        } finally {
            observation.close();
        }
        return new CallOutcome(result, thrown, verdicts(observation, ours));
    }

    /**
     * One verdict per invariant recorded during the call. The outermost call's exit records last, so
     * for an invariant recorded more than once (nested calls of the same member) a violation wins,
     * then a broken evaluation, then the last exit outcome, then a false {@code pre}.
     */
    static List<Verdict> verdicts(Observation observation, Throwable ours) {
        Map<Integer, Integer> chosen = new LinkedHashMap<>();
        for (int i = 0; i < observation.size(); i++) {
            chosen.merge(observation.invariant(i), observation.outcome(i), RuntimeOracle::stronger);
        }
        List<Verdict> verdicts = new ArrayList<>();
        chosen.forEach((index, outcome) -> {
            InvariantDefinition definition = InvariantRegistry.definition(index);
            verdicts.add(new Verdict(definition.id(), status(outcome), failure(observation, index, outcome, ours)));
        });
        return verdicts;
    }

    private static int stronger(int earlier, int later) {
        if (earlier == Recorder.VIOLATED || later == Recorder.VIOLATED) {
            return Recorder.VIOLATED;
        }
        if (earlier == Recorder.BROKEN || later == Recorder.BROKEN) {
            return Recorder.BROKEN;
        }
        return later == Recorder.PRE_FAILED ? earlier : later;
    }

    private static Throwable failure(Observation observation, int index, int outcome, Throwable ours) {
        if (outcome == Recorder.VIOLATED) {
            Throwable violation = observation.violation(index);
            return violation != null ? violation : ours;
        }
        if (outcome == Recorder.BROKEN) {
            if (ours instanceof DefinitionError) {
                return ours;
            }
            String reason = observation.brokenReason(index);
            return new AssertionError(reason == null ? "the invariant could not be evaluated" : reason);
        }
        return null;
    }

    private static Verdict.Status status(int outcome) {
        return switch (outcome) {
            case Recorder.PRE_FAILED -> Verdict.Status.PRE_FAILED;
            case Recorder.PASSED -> Verdict.Status.PASSED;
            case Recorder.VIOLATED -> Verdict.Status.VIOLATED;
            case Recorder.THREW -> Verdict.Status.THREW;
            default -> Verdict.Status.BROKEN;
        };
    }

    @Override
    public Optional<String> configurationParameter(String key) {
        return RunConfiguration.settings().raw(key);
    }

    @Override
    public void propertyFinished(InvariantDescriptor invariant, int tries, int rejected, boolean failed,
            boolean couldNotBeFalsified) {
        InvariantDefinition definition = descriptors.definition(invariant);
        if (definition != null) {
            Recorder.generated(InvariantRegistry.register(definition), tries, rejected, failed, couldNotBeFalsified);
        }
    }
}
