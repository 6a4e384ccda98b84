package dev.invariants.junit.internal.runtime;

import dev.invariants.junit.InvariantViolationError;
import dev.invariants.junit.internal.expr.ClassCompiler;
import dev.invariants.junit.internal.ledger.InvariantRegistry;
import dev.invariants.junit.internal.weave.Applied;
import dev.invariants.junit.internal.weave.ClassInfo;
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
import net.bytebuddy.jar.asm.Type;

/**
 * The compiled checks of one woven class, defined as a hidden nestmate of it (same package, same
 * loader, so package-private types and members are reachable), and the method handles its call
 * sites bind to. Field values are read by getters composed into those handles: the generated code
 * takes them as parameters and never needs private access itself.
 */
final class Linkage {

    private static final Map<Class<?>, Linkage> LINKAGES = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Object> LOCKS = new ConcurrentHashMap<>();

    private final Class<?> woven;
    private final ClassPlan plan;
    private final MethodHandles.Lookup lookup;
    private final MethodHandles.Lookup generated;
    private final ClassCompiler.Compiled compiled;
    private final Map<Integer, List<Integer>> memberIndexes = new HashMap<>();
    private final List<Integer> typeIndexes = new ArrayList<>();

    private Linkage(MethodHandles.Lookup lookup) {
        this.lookup = lookup;
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
        ClassCompiler.Compiled result;
        MethodHandles.Lookup hidden;
        long start = System.nanoTime();
        try {
            result = ClassCompiler.compile(plan, woven.getClassLoader(), indexes, problems, InvariantRegistry::definition);
            hidden = lookup.defineHiddenClass(result.bytes(), true, MethodHandles.Lookup.ClassOption.NESTMATE);
            dev.invariants.junit.internal.agent.Timing.report("compiled the checks of " + woven.getName() + " ("
                    + Thread.currentThread().getName() + ")", start, System.nanoTime());
        } catch (IllegalAccessException | RuntimeException | LinkageError e) {
            for (Integer index : indexes.values()) {
                problems.putIfAbsent(index, "@Invariant " + InvariantRegistry.definition(index).id() + " on "
                        + InvariantRegistry.definition(index).location() + ": its class's checks cannot be compiled: "
                        + e.getMessage());
            }
            result = null;
            hidden = null;
        }
        problems.forEach(Checks::problem);
        this.compiled = result;
        this.generated = hidden;
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
        List<ClassInfo.Field> fields = compiled.memberFields().getOrDefault(member, List.of());
        try {
            MethodType full = type.appendParameterTypes(fieldTypes(fields));
            MethodHandle target = generated.findStatic(generated.lookupClass(), name, full);
            int self = plan.members().get(member).isStatic() ? -1 : (name.charAt(0) == 'e' ? 0 : 1);
            return bindFields(target, type.parameterCount(), self, fields);
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
        List<ClassInfo.Field> fields = compiled.typeFields();
        try {
            MethodType type = MethodType.methodType(InvariantViolationError.class, woven, String.class, Throwable.class);
            MethodHandle target = generated.findStatic(generated.lookupClass(), "ty",
                    type.appendParameterTypes(fieldTypes(fields)));
            return bindFields(target, 3, 0, fields).asType(erased);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("invariants: cannot link the type invariants of " + woven.getName(), e);
        }
    }

    private List<Class<?>> fieldTypes(List<ClassInfo.Field> fields) throws ClassNotFoundException {
        List<Class<?>> types = new ArrayList<>();
        for (ClassInfo.Field field : fields) {
            types.add(classOf(Type.getType(field.descriptor())));
        }
        return types;
    }

    /** Fills the trailing field parameters from getters on {@code self} (or static getters). */
    private MethodHandle bindFields(MethodHandle target, int leading, int self, List<ClassInfo.Field> fields)
            throws ReflectiveOperationException {
        MethodHandle result = target;
        int instanceFields = 0;
        for (int i = fields.size() - 1; i >= 0; i--) {
            ClassInfo.Field field = fields.get(i);
            Class<?> owner = Class.forName(field.owner().replace('/', '.'), false, woven.getClassLoader());
            MethodHandles.Lookup access = MethodHandles.privateLookupIn(owner, lookup);
            Class<?> type = classOf(Type.getType(field.descriptor()));
            if (field.isStatic()) {
                result = MethodHandles.collectArguments(result, leading + i, access.findStaticGetter(owner, field.name(), type));
            } else {
                MethodHandle getter = access.findGetter(owner, field.name(), type);
                getter = getter.asType(MethodType.methodType(type, result.type().parameterType(self)));
                result = MethodHandles.collectArguments(result, leading + i, getter);
                instanceFields++;
            }
        }
        if (instanceFields == 0) {
            return result;
        }
        int[] reorder = new int[leading + instanceFields];
        for (int i = 0; i < leading; i++) {
            reorder[i] = i;
        }
        for (int i = leading; i < reorder.length; i++) {
            reorder[i] = self;
        }
        MethodType outer = result.type().dropParameterTypes(leading, leading + instanceFields);
        return MethodHandles.permuteArguments(result, outer, reorder);
    }

    private Class<?> classOf(Type type) throws ClassNotFoundException {
        return switch (type.getSort()) {
            case Type.BOOLEAN -> boolean.class;
            case Type.CHAR -> char.class;
            case Type.BYTE -> byte.class;
            case Type.SHORT -> short.class;
            case Type.INT -> int.class;
            case Type.FLOAT -> float.class;
            case Type.LONG -> long.class;
            case Type.DOUBLE -> double.class;
            case Type.ARRAY -> Class.forName(type.getDescriptor().replace('/', '.'), false, woven.getClassLoader());
            default -> Class.forName(type.getClassName(), false, woven.getClassLoader());
        };
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
