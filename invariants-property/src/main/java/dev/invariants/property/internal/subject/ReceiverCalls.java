package dev.invariants.property.internal.subject;

import dev.invariants.property.internal.engine.ChoiceRecorder;
import dev.invariants.property.internal.engine.Rejection;
import dev.invariants.property.internal.gen.TypeGenerators;
import dev.invariants.property.internal.pre.ArgumentGenerator;
import dev.invariants.property.spi.Call;
import dev.invariants.property.spi.InvariantDescriptor;
import dev.invariants.property.spi.InvariantOracle;
import dev.invariants.property.spi.Source;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Brings a receiver into a state its member's {@code pre} needs, the way users do: a new object often cannot satisfy
 * a {@code pre} bounded by its own fields ({@code qty <= reserved} on an empty order), so while the arguments cannot be
 * drawn against the live receiver, a generated public call (its arguments inside its own {@code pre}) is made on it
 * first, and the arguments are drawn again. The calls become part of the counterexample.
 */
final class ReceiverCalls {
    /** Calls made on one receiver at most before the try is rejected. */
    static final int MAX_CALLS = 20;

    private final InvariantOracle oracle;
    private final List<Method> methods;
    private final Map<Method, ArgumentGenerator> arguments = new LinkedHashMap<>();

    ReceiverCalls(Class<?> owner, List<InvariantDescriptor> all, InvariantOracle oracle, TypeGenerators generators) {
        this.oracle = oracle;
        this.methods = StatefulProperty.publicMethods(owner);
        for (Method method : methods) {
            String pre = StatefulProperty.preconditions(method, all, new ArrayList<>());
            arguments.put(method, StatefulProperty.generatorFor(method, all, pre, owner, generators));
        }
    }

    /**
     * The target's arguments drawn against {@code receiver}, after as many calls on it as that needed; each call's
     * text, as a line of the counterexample, is added to {@code calls}.
     */
    Object[] arguments(Source source, Object receiver, ArgumentGenerator target, String variable, List<String> calls) {
        for (int made = 0; ; made++) {
            try {
                return target.generate(source, receiver);
            } catch (Rejection cannotYet) {
                if (made == MAX_CALLS || methods.isEmpty()) {
                    throw cannotYet;
                }
                call(source, receiver, variable, calls);
            }
        }
    }

    private void call(Source source, Object receiver, String variable, List<String> calls) {
        int start = ChoiceRecorder.position(source);
        Method method = methods.get((int) source.choose(methods.size() - 1));
        Object[] values;
        try {
            values = arguments.get(method).generate(source, receiver);
        } catch (Rejection notNow) {
            return; // its own pre cannot hold yet either: another call, on the next choice
        }
        ChoiceRecorder.span(source, start);
        calls.add(variable + "." + StatefulProperty.call(method, values) + ";");
        // what the call did to the invariants is the other properties' business; observing keeps a violation it
        // raises from escaping as if it were this property's
        oracle.observe(new Call(method, receiver, Arrays.asList(values)), Invoker.of(method, receiver, values));
    }
}
