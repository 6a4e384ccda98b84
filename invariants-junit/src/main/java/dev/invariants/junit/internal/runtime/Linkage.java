package dev.invariants.junit.internal.runtime;

import dev.invariants.junit.InvariantViolationError;
import dev.invariants.junit.internal.config.Warnings;
import dev.invariants.junit.internal.expr.ChecksCompiler;
import dev.invariants.junit.internal.model.InvariantRegistry;
import dev.invariants.junit.internal.weave.Applied;
import dev.invariants.junit.internal.weave.ClassPlan;
import dev.invariants.junit.internal.weave.MemberPlan;
import dev.invariants.junit.internal.weave.Plans;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The compiled checks of one woven class, defined as a hidden nestmate of it (same package, same
 * loader, same nest: package-private types and the nest's private members are reachable), and the
 * method handles its call sites bind to: each a plain static method of exactly the call site's type.
 */
final class Linkage {

    private static final dev.invariants.junit.internal.config.Timing.Total COMPILING =
            dev.invariants.junit.internal.config.Timing.total("compiling checks (classes; counted: not ahead, on the thread of a first call)");
    private static final Map<Class<?>, Linkage> LINKAGES = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Object> LOCKS = new ConcurrentHashMap<>();

    private final Class<?> woven;
    private final ClassPlan plan;
    private final MethodHandles.Lookup generated;
    private final Map<Integer, List<Integer>> memberIndexes = new HashMap<>();
    private final List<Integer> typeIndexes = new ArrayList<>();

    private Linkage(MethodHandles.Lookup lookup) {
        this.woven = lookup.lookupClass();
        this.plan = Plans.of(woven);
        if (plan == null) {
            throw new IllegalStateException("invariants: " + woven.getName() + " is woven but has no plan");
        }
        Map<Applied, Integer> indexes = new IdentityHashMap<>();
        for (MemberPlan member : plan.members()) {
            List<Integer> list = new ArrayList<>();
            for (Applied applied : member.invariants()) {
                int index = InvariantRegistry.register(applied.definition());
                indexes.put(applied, index);
                list.add(index);
            }
            memberIndexes.put(member.index(), list);
        }
        for (Applied applied : plan.typeInvariants()) {
            int index = InvariantRegistry.register(applied.definition());
            indexes.put(applied, index);
            typeIndexes.add(index);
        }
        Map<Integer, String> problems = new HashMap<>();
        Map<Integer, String> warnings = new java.util.LinkedHashMap<>();
        MethodHandles.Lookup hidden;
        long start = System.nanoTime();
        long[] total = dev.invariants.junit.internal.config.Timing.Total.start();
        try {
            hidden = ChecksCompiler.compile(plan, woven.getClassLoader(), indexes, problems, warnings,
                    bytes -> lookup.defineHiddenClass(bytes, true, MethodHandles.Lookup.ClassOption.NESTMATE));
            if (dev.invariants.junit.internal.config.Timing.on()) {
                // The thread's CPU time beside the wall time: on a shared machine it is the figure to compare.
                dev.invariants.junit.internal.config.Timing.report("compiled the checks of " + woven.getName() + " ("
                        + Thread.currentThread().getName() + ")", start, System.nanoTime(), total);
            }
            COMPILING.add(total, !Precompiler.isCompileThread());
        } catch (IllegalAccessException | RuntimeException | LinkageError e) {
            for (Integer index : indexes.values()) {
                problems.putIfAbsent(index, "@Invariant " + InvariantRegistry.definition(index).id() + " on "
                        + InvariantRegistry.definition(index).location() + ": its class's checks cannot be compiled: "
                        + e.getMessage());
            }
            hidden = null;
        }
        problems.forEach(Checks::problem);
        warnings.values().forEach(Warnings::warn);
        this.generated = hidden;
    }

    static java.util.Set<String> compiledClasses() {
        java.util.Set<String> names = new java.util.HashSet<>();
        LINKAGES.keySet().forEach(type -> names.add(type.getName()));
        return names;
    }

    static Linkage of(MethodHandles.Lookup caller) {
        Class<?> type = caller.lookupClass();
        Linkage known = LINKAGES.get(type);
        if (known != null) {
            return known;
        }
        synchronized (LOCKS.computeIfAbsent(type, t -> new Object())) {
            known = LINKAGES.get(type);
            if (known == null) {
                known = new Linkage(caller);
                // Before publishing: a caller that finds the linkage without taking the lock looks up the
                // type checker next, and remembers its absence for good (TypeChecks' ClassValue).
                if (!known.plan.typeInvariants().isEmpty()) {
                    TypeChecks.register(type, known.typeChecker());
                }
                LINKAGES.put(type, known);
            }
            return known;
        }
    }

    /** The linkage of a woven class that no call site has linked yet (an instance made without a constructor). */
    static Linkage of(Class<?> type) {
        try {
            return of(MethodHandles.privateLookupIn(type, MethodHandles.lookup()));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    MethodHandle handle(String name, MethodType type) {
        int member = Integer.parseInt(name.substring(1));
        if (generated == null) {
            return fallback(name.charAt(0), member, type);
        }
        try {
            return generated.findStatic(generated.lookupClass(), name, type);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("invariants: cannot link " + name + type + " of " + woven.getName(), e);
        }
    }

    /** {@code (Object self, String after, Throwable thrown) -> InvariantViolationError}, or {@code null}. */
    MethodHandle typeChecker() {
        MethodType erased = MethodType.methodType(InvariantViolationError.class, Object.class, String.class,
                Throwable.class);
        if (generated == null) {
            MethodHandle report = MethodHandles.constant(InvariantViolationError.class, null);
            return MethodHandles.dropArguments(report, 0, erased.parameterList());
        }
        try {
            MethodType type = MethodType.methodType(InvariantViolationError.class, woven, String.class, Throwable.class);
            return generated.findStatic(generated.lookupClass(), "ty", type).asType(erased);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("invariants: cannot link the type invariants of " + woven.getName(), e);
        }
    }

    /** When nothing compiled: entry reports the member's definition errors, exits do nothing. */
    private MethodHandle fallback(char kind, int member, MethodType type) {
        try {
            if (kind == 'e') {
                MethodHandle report = MethodHandles.lookup().findStatic(Linkage.class, "reportAll",
                        MethodType.methodType(long.class, int[].class));
                int[] indexes = memberIndexes.getOrDefault(member, List.of()).stream().mapToInt(Integer::intValue).toArray();
                return MethodHandles.dropArguments(MethodHandles.insertArguments(report, 0, (Object) indexes), 0,
                        type.parameterList());
            }
            return MethodHandles.dropArguments(MethodHandles.empty(MethodType.methodType(void.class)), 0,
                    type.parameterList());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long reportAll(int[] indexes) {
        for (int index : indexes) {
            Checks.definitionError(index);
        }
        return 0L;
    }
}
