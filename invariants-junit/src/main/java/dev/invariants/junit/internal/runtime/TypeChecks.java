package dev.invariants.junit.internal.runtime;

import dev.invariants.junit.InvariantViolationError;
import dev.invariants.junit.internal.weave.ClassPlan;
import dev.invariants.junit.internal.weave.Plans;
import java.lang.invoke.MethodHandle;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Type invariants are checked for the runtime class of the instance (a subclass may add its own),
 * after the outermost public call on it and after its most-derived woven constructor.
 */
public final class TypeChecks {

    private static final Map<Class<?>, MethodHandle> CHECKERS = new ConcurrentHashMap<>();

    private static final ClassValue<MethodHandle> FOR_CLASS = new ClassValue<>() {
        @Override
        protected MethodHandle computeValue(Class<?> type) {
            for (Class<?> current = type; current != null; current = current.getSuperclass()) {
                MethodHandle known = CHECKERS.get(current);
                if (known != null) {
                    return known;
                }
                ClassPlan plan = Plans.of(current);
                if (plan != null && !plan.typeInvariants().isEmpty()) {
                    Linkage.of(current);
                    return CHECKERS.get(current);
                }
            }
            return null;
        }
    };

    private static final ClassValue<Class<?>> MOST_DERIVED_WOVEN = new ClassValue<>() {
        @Override
        protected Class<?> computeValue(Class<?> type) {
            for (Class<?> current = type; current != null; current = current.getSuperclass()) {
                ClassPlan plan = Plans.of(current);
                if (plan != null && !plan.typeInvariants().isEmpty()) {
                    return current;
                }
            }
            return null;
        }
    };

    private TypeChecks() {}

    static void register(Class<?> type, MethodHandle checker) {
        CHECKERS.put(type, checker);
    }

    /** The outermost public call on the instance returned or threw: checks, keeps the first violation. */
    public static InvariantViolationError exit(ThreadState state, Object instance, InvariantViolationError pending,
            String after, Throwable thrown) {
        state.leave(instance);
        return check(state, instance, pending, after, thrown);
    }

    /** A constructor returned: checks only when it is the last constructor of the instance's class to finish. */
    public static InvariantViolationError constructed(ThreadState state, Object instance, Class<?> declaring,
            boolean delegating, InvariantViolationError pending, String after) {
        state.leave(instance);
        if (delegating || MOST_DERIVED_WOVEN.get(instance.getClass()) != declaring) {
            return pending;
        }
        return check(state, instance, pending, after, null);
    }

    /** A constructor threw, or a violation passed through: nothing to check, the call is over. */
    public static void abandon(ThreadState state, Object instance) {
        state.leave(instance);
    }

    private static InvariantViolationError check(ThreadState state, Object instance, InvariantViolationError pending,
            String after, Throwable thrown) {
        MethodHandle checker = FOR_CLASS.get(instance.getClass());
        if (checker == null) {
            return pending;
        }
        state.suspended = true;
        try {
            InvariantViolationError found = (InvariantViolationError) checker.invokeExact(instance, after, thrown);
            return pending != null ? pending : found;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        } finally {
            state.suspended = false;
        }
    }
}
