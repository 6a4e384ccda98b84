package dev.invariants.property.internal.subject;

import dev.invariants.property.internal.engine.ChoiceRecorder;
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
 * deletes steps by deleting choices; each step's choices are marked as a span, so it deletes pairs of steps and
 * reorders steps too.
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
    private final Map<Executable, ArgumentGenerator> anything = new LinkedHashMap<>();
    private final Map<Executable, List<String>> contracts = new LinkedHashMap<>();
    private final double outsidePre;

    /**
     * @param outsidePre the share of calls, to a member with a {@code pre}, whose arguments are drawn with no regard
     *     to it (a guard's out-of-contract calls must keep the type invariant too); the rest are drawn inside it
     */
    public StatefulProperty(InvariantDescriptor invariant, List<InvariantDescriptor> all, InvariantOracle oracle,
            TypeGenerators generators, List<Executable> creators, double outsidePre) {
        this.invariant = invariant;
        this.outsidePre = outsidePre;
        this.oracle = oracle;
        this.creators = List.copyOf(creators);
        Class<?> owner = invariant.owner();
        this.methods = publicMethods(owner);
        for (Executable member : concat(creators, methods)) {
            List<String> ids = new ArrayList<>();
            String pre = preconditions(member, all, ids);
            if (!ids.isEmpty()) {
                contracts.put(member, ids);
                anything.put(member, generatorFor(member, all, "true", owner, generators));
            }
            arguments.put(member, generatorFor(member, all, pre, owner, generators));
        }
    }

    public List<Method> methods() {
        return methods;
    }

    /** The calls a sequence may make: the public instance methods, in a fixed order. */
    static List<Method> publicMethods(Class<?> owner) {
        List<Method> calls = new ArrayList<>();
        for (Method method : owner.getMethods()) {
            if (!Modifier.isStatic(method.getModifiers()) && method.getDeclaringClass() != Object.class
                    && !method.isSynthetic() && !method.isBridge()) {
                calls.add(method);
            }
        }
        calls.sort(Comparator.comparing(Method::getName).thenComparing(Method::toGenericString));
        return List.copyOf(calls);
    }

    @Override
    public TryOutcome check(Source source) {
        if (creators.isEmpty()) {
            throw source.reject("no public constructor or static factory");
        }
        Executable creator = creators.get((int) source.choose(creators.size() - 1));
        Object[] values = draw(source, creator, null);
        List<String> steps = new ArrayList<>();
        String variable = Names.variable(invariant.owner());
        ChoiceRecorder.describe(source, variable + " = " + call(creator, values) + ";\n");
        CallOutcome created = oracle.observe(new Call(creator, null, Arrays.asList(values)), Invoker.of(creator, null, values));
        boolean outside = outside(creator, created);
        steps.add(variable + " = " + call(creator, values) + ";" + note(outside));
        TryOutcome verdict = judge(created, steps, creator, outside);
        if (verdict != null) {
            return verdict;
        }
        if (created.thrown() != null || created.result() == null) {
            throw source.reject("construction threw " + (created.thrown() == null ? "nothing" : created.thrown().getClass().getSimpleName()));
        }
        Object instance = created.result();
        List<Object> returned = new ArrayList<>();
        for (int step = 0; step < MAX_STEPS && !methods.isEmpty(); step++) {
            // a step's choices, its "one more?" flag first, are one span: the shrinker deletes and reorders calls whole
            int start = ChoiceRecorder.position(source);
            if (!source.chooseBoolean(MORE)) {
                break;
            }
            Method method = methods.get((int) source.choose(methods.size() - 1));
            Object[] stepValues = draw(source, method, instance);
            reuse(source, method, stepValues, returned);
            ChoiceRecorder.span(source, start);
            ChoiceRecorder.describe(source, String.join("\n", steps) + "\n" + variable + "." + call(method, stepValues) + ";\n");
            CallOutcome outcome = oracle.observe(new Call(method, instance, Arrays.asList(stepValues)),
                    Invoker.of(method, instance, stepValues));
            boolean stepOutside = outside(method, outcome);
            outside |= stepOutside;
            steps.add(variable + "." + call(method, stepValues) + ";" + note(stepOutside));
            verdict = judge(outcome, steps, method, outside);
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

    /**
     * The arguments of one call: inside the member's {@code pre} but for a share of {@code outsidePre}, on a choice
     * the shrinker lowers toward inside, so a counterexample keeps only the out-of-contract calls it needs.
     */
    private Object[] draw(Source source, Executable member, Object receiver) {
        ArgumentGenerator free = anything.get(member);
        if (free != null && source.chooseBoolean(outsidePre)) {
            return free.generate(source, receiver);
        }
        return arguments.get(member).generate(source, receiver);
    }

    /** Whether the call was outside its contract: one of the member's own invariants found its {@code pre} false. */
    private boolean outside(Executable member, CallOutcome outcome) {
        for (String id : contracts.getOrDefault(member, List.of())) {
            if (outcome.verdict(id).map(v -> v.status() == Verdict.Status.PRE_FAILED).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    private static String note(boolean outside) {
        return outside ? "   // " + TryOutcome.OUTSIDE_PRE : "";
    }

    /**
     * A failure's key tells bugs apart: the verdict, the call after which the invariant broke, and whether the
     * sequence needed a call outside some {@code pre} (a different finding from a bug within every contract).
     */
    private TryOutcome judge(CallOutcome outcome, List<String> steps, Executable after, boolean outside) {
        Verdict verdict = outcome.verdict(invariant.id()).orElse(null);
        if (verdict == null || verdict.status() == Verdict.Status.PASSED || verdict.status() == Verdict.Status.PRE_FAILED
                || verdict.status() == Verdict.Status.THREW) {
            return null;
        }
        String text = steps.stream().map(step -> step + "\n").collect(Collectors.joining());
        String key = verdict.status().name() + " after " + (after instanceof Method ? after.getName()
                : "new " + after.getDeclaringClass().getSimpleName()) + (outside ? ", " + TryOutcome.OUTSIDE_PRE : "");
        return TryOutcome.fail(key, verdict.failure(), text);
    }

    static String call(Executable member, Object[] values) {
        String arguments = Arrays.stream(values).map(ValuePrinter::print).collect(Collectors.joining(", ", "(", ")"));
        return (member instanceof Method ? member.getName() : "new " + member.getDeclaringClass().getSimpleName()) + arguments;
    }

    /** The member's own preconditions as alternatives ({@code "true"} when it has none); {@code ids} gets their invariants. */
    static String preconditions(Executable member, List<InvariantDescriptor> all, List<String> ids) {
        StringBuilder pre = new StringBuilder();
        for (InvariantDescriptor descriptor : all) {
            if (member.equals(descriptor.member()) && !descriptor.pre().equals("true")) {
                pre.append(pre.length() == 0 ? "" : " || ").append('(').append(descriptor.pre()).append(')');
                ids.add(descriptor.id());
            }
        }
        return pre.length() == 0 ? "true" : pre.toString();
    }

    static ArgumentGenerator generatorFor(Executable member, List<InvariantDescriptor> all, String pre,
            Class<?> owner, TypeGenerators generators) {
        List<String> names = Arrays.stream(member.getParameters()).map(java.lang.reflect.Parameter::getName).toList();
        for (InvariantDescriptor descriptor : all) {
            if (member.equals(descriptor.member()) && !descriptor.pre().equals("true")) {
                names = descriptor.parameterNames();
            }
        }
        return new ArgumentGenerator(PreconditionAnalyzer.analyze(pre, names, Arrays.asList(member.getParameterTypes())),
                names, member.getGenericParameterTypes(), owner, generators);
    }

    private static List<Executable> concat(List<Executable> creators, List<Method> methods) {
        List<Executable> all = new ArrayList<>(creators);
        all.addAll(methods);
        return all;
    }
}
