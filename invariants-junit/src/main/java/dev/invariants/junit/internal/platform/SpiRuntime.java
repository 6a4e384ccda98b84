package dev.invariants.junit.internal.platform;

import dev.invariants.junit.InvariantViolationError;
import dev.invariants.junit.internal.config.Settings;
import dev.invariants.junit.internal.expr.Standalone;
import dev.invariants.junit.internal.expr.syntax.Parser;
import dev.invariants.junit.internal.config.Warnings;
import dev.invariants.junit.internal.ledger.Observation;
import dev.invariants.junit.internal.ledger.Recorder;
import dev.invariants.junit.internal.model.ClassFileReader;
import dev.invariants.junit.internal.model.InvariantRegistry;
import dev.invariants.junit.spi.InvariantDefinition;
import dev.invariants.junit.spi.InvariantsRuntime;
import dev.invariants.junit.spi.ObservedCall;
import dev.invariants.junit.spi.syntax.ExpressionError;
import dev.invariants.junit.spi.syntax.Node;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The runtime invariants-property sees through the SPI: a service ({@code META-INF/services}), stateless. */
public final class SpiRuntime extends InvariantsRuntime {

    private static final ObservedCall.Status[] STATUS = new ObservedCall.Status[Recorder.OUTCOMES];

    static {
        STATUS[Recorder.PRE_FAILED] = ObservedCall.Status.PRE_FAILED;
        STATUS[Recorder.PASSED] = ObservedCall.Status.PASSED;
        STATUS[Recorder.VIOLATED] = ObservedCall.Status.VIOLATED;
        STATUS[Recorder.THREW] = ObservedCall.Status.THREW;
        STATUS[Recorder.BROKEN] = ObservedCall.Status.BROKEN;
    }

    @Override
    public List<InvariantDefinition> definitions(byte[] classFile) {
        return ClassFileReader.mentionsInvariant(classFile) ? ClassFileReader.read(classFile).invariants() : List.of();
    }

    @Override
    public List<InvariantDefinition> declared(Function<String, Optional<String>> configuration, ClassLoader loader) {
        return CurrentRun.declared(Settings.from(configuration), loader).definitions();
    }

    @Override
    public boolean enabled(Function<String, Optional<String>> configuration) {
        return Settings.from(configuration).enabled();
    }

    @Override
    public ObservedCall observe(Call call) {
        Observation observation = Observation.open();
        Object result = null;
        Throwable thrown = null;
        Throwable ours = null;
        try {
            result = call.run();
        } catch (InvariantViolationError violation) {
            ours = violation;
        } catch (Throwable other) {
            thrown = other;
        } finally {
            observation.close();
        }
        List<ObservedCall.Outcome> outcomes = new ArrayList<>(observation.size());
        for (int i = 0; i < observation.size(); i++) {
            int index = observation.invariant(i);
            outcomes.add(new ObservedCall.Outcome(InvariantRegistry.definition(index), STATUS[observation.outcome(i)],
                    observation.violation(index), observation.brokenReason(index)));
        }
        // A definition error no longer throws: the outcome is BROKEN with its reason.
        return new ObservedCall(result, thrown, ours, false, outcomes);
    }

    @Override
    public Runnable credited(Runnable work) {
        return Recorder.active().credited(work);
    }

    @Override
    public void generatedRun(InvariantDefinition invariant, int tries, int rejected, boolean failed,
            boolean couldNotBeFalsified) {
        Recorder.generated(InvariantRegistry.register(invariant), tries, rejected, failed, couldNotBeFalsified);
    }

    @Override
    public Optional<String> configuration(String key) {
        return CurrentRun.settings().raw(key);
    }

    @Override
    public void warn(String message) {
        Warnings.warn(message);
    }

    @Override
    public Node parse(String expression) throws ExpressionError {
        return Parser.parse(expression);
    }

    @Override
    public MethodHandle compileFree(Class<?> scope, String expression, List<String> names, List<Type> types)
            throws ExpressionError {
        return Standalone.compileFree(scope, expression, names, types);
    }
}
