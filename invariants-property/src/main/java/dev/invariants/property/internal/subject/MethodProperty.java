package dev.invariants.property.internal.subject;

import dev.invariants.property.internal.engine.ChoiceRecorder;
import dev.invariants.property.internal.engine.Property;
import dev.invariants.property.internal.engine.TryOutcome;
import dev.invariants.property.internal.gen.Bounds;
import dev.invariants.property.internal.gen.TypeGenerators;
import dev.invariants.property.internal.gen.ValuePrinter;
import dev.invariants.property.internal.pre.ArgumentGenerator;
import dev.invariants.property.internal.pre.PreconditionAnalyzer;
import dev.invariants.property.spi.Call;
import dev.invariants.property.spi.CallOutcome;
import dev.invariants.property.spi.InvariantDescriptor;
import dev.invariants.property.spi.InvariantOracle;
import dev.invariants.property.spi.Source;
import dev.invariants.property.spi.Verdict;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A method or constructor invariant as a property: generate receiver and arguments inside {@code pre}, call, ask the
 * oracle. When the arguments cannot be drawn against the receiver as built, calls on it come first ({@link ReceiverCalls}).
 */
public final class MethodProperty implements Property {
    private final InvariantDescriptor invariant;
    private final InvariantOracle oracle;
    private final TypeGenerators generators;
    private final ArgumentGenerator arguments;
    private final boolean needsReceiver;
    private final ReceiverCalls receiverCalls;

    /** Receivers as built, with no calls made on them first. */
    public MethodProperty(InvariantDescriptor invariant, InvariantOracle oracle, TypeGenerators generators) {
        this(invariant, List.of(), oracle, generators);
    }

    /**
     * @param all the invariants of the class: the calls that bring a receiver into a state its {@code pre} needs are
     *     drawn inside their own {@code pre}s
     */
    public MethodProperty(InvariantDescriptor invariant, List<InvariantDescriptor> all, InvariantOracle oracle,
            TypeGenerators generators) {
        this.invariant = invariant;
        this.oracle = oracle;
        this.generators = generators;
        Executable member = invariant.member();
        this.needsReceiver = member instanceof Method && !Modifier.isStatic(member.getModifiers());
        this.arguments = new ArgumentGenerator(
                PreconditionAnalyzer.analyze(invariant.pre(), invariant.parameterNames(), Arrays.asList(member.getParameterTypes())),
                invariant.parameterNames(), member.getGenericParameterTypes(), invariant.owner(), generators);
        this.receiverCalls = needsReceiver ? new ReceiverCalls(invariant.owner(), all, oracle, generators) : null;
    }

    public ArgumentGenerator arguments() {
        return arguments;
    }

    @Override
    public TryOutcome check(Source source) {
        Executable member = invariant.member();
        Object receiver = needsReceiver ? generators.generate(source, invariant.owner(), Bounds.NONE.withNonNull(), 0) : null;
        String built = ValuePrinter.print(receiver);
        List<String> calls = new ArrayList<>();
        Object[] values = receiver == null ? arguments.generate(source, null)
                : receiverCalls.arguments(source, receiver, arguments, Names.variable(invariant.owner()), calls);
        String counterexample = describe(built, calls, values);
        ChoiceRecorder.describe(source, counterexample);
        CallOutcome outcome = oracle.observe(new Call(member, receiver, Arrays.asList(values)),
                Invoker.of(member, receiver, values));
        Verdict verdict = outcome.verdict(invariant.id()).orElse(null);
        if (verdict == null) {
            return TryOutcome.fail("not evaluated", null, counterexample);
        }
        return switch (verdict.status()) {
            case PRE_FAILED -> TryOutcome.reject("precondition false");
            case PASSED, THREW -> TryOutcome.pass();
            case VIOLATED -> TryOutcome.fail("violated", verdict.failure(), counterexample);
            case BROKEN -> TryOutcome.fail("broken", verdict.failure(), counterexample);
        };
    }

    /** The receiver as built, the calls made on it before the tested one, then the arguments. */
    private String describe(String receiver, List<String> calls, Object[] values) {
        StringBuilder text = new StringBuilder();
        if (needsReceiver) {
            text.append(Names.variable(invariant.owner())).append(" = [").append(receiver).append("]\n");
        }
        calls.forEach(call -> text.append(call).append('\n'));
        for (int i = 0; i < values.length; i++) {
            text.append(invariant.parameterNames().get(i)).append(" = [").append(ValuePrinter.print(values[i])).append("]\n");
        }
        return text.toString();
    }
}
