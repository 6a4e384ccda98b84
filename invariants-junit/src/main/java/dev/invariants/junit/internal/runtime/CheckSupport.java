package dev.invariants.junit.internal.runtime;

import dev.invariants.junit.InvariantViolationError;
import dev.invariants.junit.internal.ledger.Recorder;
import dev.invariants.junit.internal.model.Partitions;
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaConversionException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Everything the generated checks call, and the only runtime type they name: the generated class's
 * writer ({@code internal.expr}) knows these methods by name and descriptor, so that {@code expr}
 * imports nothing of the runtime. Each delegates to {@link Checks}, {@link Recorder},
 * {@link ThreadState} or {@link TypeChecks}. The per-thread state travels as an {@code Object} for
 * the same reason; it is always the calling thread's {@link ThreadState}.
 *
 * <p>Changing a name or a descriptor here means changing {@code expr.Convention} with it (a test
 * compares the two).
 */
public final class CheckSupport {

    private CheckSupport() {}

    // ---------------------------------------------------------------- thread state

    /** On entry: the thread's state, now suspended, or {@code null} when an expression is being evaluated (check nothing). */
    public static Object suspend() {
        ThreadState state = ThreadState.current();
        if (state.suspended) {
            return null;
        }
        state.suspended = true;
        return state;
    }

    /** On exit (the entry admitted the call): the thread's state, now suspended. */
    public static Object suspendExit() {
        ThreadState state = ThreadState.current();
        state.suspended = true;
        return state;
    }

    public static void resume(Object state) {
        ((ThreadState) state).suspended = false;
    }

    /** Whether this is the outermost public call on {@code self} on this thread (the one that checks type invariants). */
    public static boolean track(Object state, Object self) {
        return ((ThreadState) state).enter(self);
    }

    public static void pushLong(Object state, long value) {
        ((ThreadState) state).pushPrimitive(value);
    }

    public static void pushFloat(Object state, float value) {
        ((ThreadState) state).pushPrimitive(Float.floatToRawIntBits(value));
    }

    public static void pushDouble(Object state, double value) {
        ((ThreadState) state).pushPrimitive(Double.doubleToRawLongBits(value));
    }

    public static void pushObject(Object state, Object value) {
        ((ThreadState) state).pushReference(value);
    }

    public static long popLong(Object state) {
        return ((ThreadState) state).popPrimitive();
    }

    public static float popFloat(Object state) {
        return Float.intBitsToFloat((int) ((ThreadState) state).popPrimitive());
    }

    public static double popDouble(Object state) {
        return Double.longBitsToDouble(((ThreadState) state).popPrimitive());
    }

    public static Object popObject(Object state) {
        return ((ThreadState) state).popReference();
    }

    /** Forgets the newest kept values: an exit that does not read them (the call threw). */
    public static void drop(Object state, int primitives, int references) {
        ((ThreadState) state).drop(primitives, references);
    }

    // ---------------------------------------------------------------- outcomes

    /** {@code pre} was false: the call goes on unchecked. */
    public static void preFailed(int invariant) {
        Recorder.record(invariant, Recorder.PRE_FAILED);
    }

    public static void passed(int invariant) {
        Recorder.record(invariant, Recorder.PASSED);
    }

    public static void violated(int invariant) {
        Recorder.record(invariant, Recorder.VIOLATED);
    }

    /** A {@code post}-only invariant's call threw: neither passed nor violated. */
    public static void threwThrough(int invariant) {
        Recorder.record(invariant, Recorder.THREW);
    }

    /** Evaluating {@code attribute} threw; {@code values} are what a violation would show (name, value pairs). */
    public static void threw(int invariant, String attribute, Throwable thrown, Object[] values) {
        Checks.threw(invariant, attribute, thrown, values);
    }

    public static void definitionError(int invariant) {
        Checks.definitionError(invariant);
    }

    public static boolean enforce() {
        return Checks.enforce;
    }

    /** Whether the exception is a violation or a definition error from further down, not the code's own. */
    public static boolean ours(Throwable thrown) {
        return Checks.ours(thrown);
    }

    /**
     * Whether the exception is an instance of the named class (binary name), for a {@code raises} type the
     * generated class may not name with {@code instanceof} (not public, another package).
     */
    public static boolean isInstance(Throwable thrown, String className) {
        for (Class<?> type = thrown.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().equals(className)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- violations; values are name, value, name, value...

    public static InvariantViolationError preViolated(int invariant, Object[] values) {
        return Checks.preViolated(invariant, values);
    }

    public static InvariantViolationError postViolated(int invariant, Object[] values) {
        return Checks.postViolated(invariant, values);
    }

    public static InvariantViolationError returnedNormally(int invariant, Object[] values) {
        return Checks.returnedNormally(invariant, values);
    }

    public static InvariantViolationError raisedOther(int invariant, Throwable thrown, Object[] values) {
        return Checks.raisedOther(invariant, thrown, values);
    }

    public static InvariantViolationError typeViolated(int invariant, String after, Throwable thrown, Object[] values) {
        return Checks.typeViolated(invariant, after, thrown, values);
    }

    // ---------------------------------------------------------------- type invariants

    public static InvariantViolationError typeExit(Object state, Object self, InvariantViolationError pending,
            String after, Throwable thrown) {
        return TypeChecks.exit((ThreadState) state, self, pending, after, thrown);
    }

    public static InvariantViolationError typeConstructed(Object state, Object self, Class<?> declaring,
            boolean delegating, InvariantViolationError pending, String after) {
        return TypeChecks.constructed((ThreadState) state, self, declaring, delegating, pending, after);
    }

    public static void typeAbandon(Object state, Object self) {
        TypeChecks.abandon((ThreadState) state, self);
    }

    // ---------------------------------------------------------------- pairwise coverage

    /** Whether calls record the classes of their parameters. */
    public static boolean combining() {
        return Checks.combinations;
    }

    public static int partBoolean(boolean value) {
        return Partitions.ofBoolean(value);
    }

    public static int partLong(long value, long first, long second, int bounds) {
        return Partitions.ofLong(value, first, second, bounds);
    }

    public static int partDouble(double value, double first, double second, int bounds) {
        return Partitions.ofDouble(value, first, second, bounds);
    }

    public static int part(Object value, int kind, double first, double second, int bounds) {
        return Partitions.of(value, kind, first, second, bounds);
    }

    /** The classes of one call's inputs, 4 bits each, and whether the invariant's {@code pre} held. */
    public static void combination(int invariant, long packed, int arity, int held) {
        Recorder.combination(invariant, packed, arity, held != 0);
    }

    // ---------------------------------------------------------------- boundary evidence

    public static void boundary(int invariant, int comparison, double left, double right) {
        Recorder.boundary(invariant, comparison, left, right);
    }

    /** A reference side of a comparison as a number; {@code NaN} (ignored) when it is not one. */
    public static double number(Object value) {
        return Checks.number(value);
    }

    // ---------------------------------------------------------------- member access

    /**
     * The bootstrap of an expression's read or call of a member the generated class may not reach with an
     * ordinary instruction (a private member of a superclass outside the nest, a protected one of another
     * package): see {@link MemberAccess}.
     */
    public static CallSite access(MethodHandles.Lookup caller, String name, MethodType type, String kind, String owner)
            throws ReflectiveOperationException {
        return MemberAccess.bootstrap(caller, name, type, kind, owner);
    }

    /** The bootstrap of an expression's lambdas and method references: see {@link LambdaBootstrap}. */
    public static CallSite metafactory(MethodHandles.Lookup caller, String name, MethodType factoryType,
            MethodType erased, MethodHandle implementation, MethodType instantiated)
            throws LambdaConversionException, ReflectiveOperationException {
        return LambdaBootstrap.metafactory(caller, name, factoryType, erased, implementation, instantiated);
    }
}
