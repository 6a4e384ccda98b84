package dev.invariants.property.internal.subject;

import dev.invariants.property.internal.engine.Property;
import dev.invariants.property.internal.engine.TryOutcome;
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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A type invariant as a property: build an instance, then make a random sequence of public calls on
 * it, asking the oracle after every step. Each step sits behind a "one more?" flag, so the shrinker
 * deletes steps by deleting choices.
 */
public final class StatefulProperty implements Property {
    public static final int MAX_STEPS = 40;
    private static final double MORE = 0.9;
    private static final double REUSE = 0.5;

    private final InvariantDescriptor invariant;
    private final InvariantOracle oracle;
    private final List<Executable> creators;
    private final List<Method> methods;
    private final Map<Executable, ArgumentGenerator> arguments = new LinkedHashMap<>();

    public StatefulProperty(InvariantDescriptor invariant, List<InvariantDescriptor> all, InvariantOracle oracle,
            TypeGenerators generators, List<Executable> creators) {
        this.invariant = invariant;
        this.oracle = oracle;
        this.creators = List.copyOf(creators);
        Class<?> owner = invariant.owner();
        List<Method> calls = new ArrayList<>();
        for (Method method : owner.getMethods()) {
            if (!Modifier.isStatic(method.getModifiers()) && method.getDeclaringClass() != Object.class
                    && !method.isSynthetic() && !method.isBridge()) {
                calls.add(method);
            }
        }
        calls.sort(Comparator.comparing(Method::getName).thenComparing(Method::toGenericString));
        this.methods = List.copyOf(calls);
        for (Executable member : concat(creators, methods)) {
            arguments.put(member, generatorFor(member, all, owner, generators));
        }
    }

    public List<Method> methods() {
        return methods;
    }

    @Override
    public TryOutcome check(Source source) {
        if (creators.isEmpty()) {
            throw source.reject("no public constructor or static factory");
        }
        Executable creator = creators.get((int) source.choose(creators.size() - 1));
        Object[] values = arguments.get(creator).generate(source, null);
        List<String> steps = new ArrayList<>();
        String variable = Names.variable(invariant.owner());
        steps.add(variable + " = " + call(creator, values));
        CallOutcome created = oracle.observe(new Call(creator, null, Arrays.asList(values)), Invoker.of(creator, null, values));
        TryOutcome verdict = judge(created, steps);
        if (verdict != null) {
            return verdict;
        }
        if (created.thrown() != null || created.result() == null) {
            throw source.reject("construction threw " + (created.thrown() == null ? "nothing" : created.thrown().getClass().getSimpleName()));
        }
        Object instance = created.result();
        List<Object> returned = new ArrayList<>();
        for (int step = 0; step < MAX_STEPS && !methods.isEmpty() && source.chooseBoolean(MORE); step++) {
            Method method = methods.get((int) source.choose(methods.size() - 1));
            Object[] stepValues = arguments.get(method).generate(source, instance);
            reuse(source, method, stepValues, returned);
            steps.add(variable + "." + call(method, stepValues));
            CallOutcome outcome = oracle.observe(new Call(method, instance, Arrays.asList(stepValues)),
                    Invoker.of(method, instance, stepValues));
            verdict = judge(outcome, steps);
            if (verdict != null) {
                return verdict;
            }
            if (outcome.thrown() == null && outcome.result() != null && method.getReturnType() != void.class) {
                returned.add(outcome.result());
            }
        }
        return TryOutcome.pass();
    }

    /**
     * What earlier calls returned is what later calls are given back, an id above all ({@code reverse(post(x))}):
     * each argument whose type fits an earlier result is, on a choice the shrinker can undo, replaced by one of them.
     */
    private static void reuse(Source source, Method method, Object[] values, List<Object> returned) {
        if (returned.isEmpty()) {
            return;
        }
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            List<Object> fitting = new ArrayList<>();
            for (Object value : returned) {
                if (box(types[i]).isInstance(value)) {
                    fitting.add(value);
                }
            }
            if (!fitting.isEmpty() && source.chooseBoolean(REUSE)) {
                values[i] = fitting.get((int) source.choose(fitting.size() - 1));
            }
        }
    }

    private static Class<?> box(Class<?> type) {
        return type.isPrimitive() ? java.lang.invoke.MethodType.methodType(type).wrap().returnType() : type;
    }

    private TryOutcome judge(CallOutcome outcome, List<String> steps) {
        Verdict verdict = outcome.verdict(invariant.id()).orElse(null);
        if (verdict == null || verdict.status() == Verdict.Status.PASSED || verdict.status() == Verdict.Status.PRE_FAILED
                || verdict.status() == Verdict.Status.THREW) {
            return null;
        }
        String text = steps.stream().map(step -> step + ";\n").collect(Collectors.joining());
        return TryOutcome.fail(verdict.status().name(), verdict.failure(), text);
    }

    private static String call(Executable member, Object[] values) {
        String arguments = Arrays.stream(values).map(ValuePrinter::print).collect(Collectors.joining(", ", "(", ")"));
        return (member instanceof Method ? member.getName() : "new " + member.getDeclaringClass().getSimpleName()) + arguments;
    }

    /** The method's own preconditions as alternatives, plus "anything": calls outside every pre are legal calls too. */
    private static ArgumentGenerator generatorFor(Executable member, List<InvariantDescriptor> all, Class<?> owner,
            TypeGenerators generators) {
        List<String> names = Arrays.stream(member.getParameters()).map(java.lang.reflect.Parameter::getName).toList();
        StringBuilder pre = new StringBuilder();
        for (InvariantDescriptor descriptor : all) {
            if (member.equals(descriptor.member()) && !descriptor.pre().equals("true")) {
                names = descriptor.parameterNames();
                pre.append('(').append(descriptor.pre()).append(") || ");
            }
        }
        pre.append("true");
        return new ArgumentGenerator(PreconditionAnalyzer.analyze(pre.toString(), names,
                Arrays.asList(member.getParameterTypes())), names, member.getGenericParameterTypes(), owner, generators);
    }

    private static List<Executable> concat(List<Executable> creators, List<Method> methods) {
        List<Executable> all = new ArrayList<>(creators);
        all.addAll(methods);
        return all;
    }
}
