package dev.invariants.junit.internal.runtime;

import dev.invariants.junit.InvariantViolationError;
import dev.invariants.junit.internal.config.Warnings;
import dev.invariants.junit.internal.ledger.Observation;
import dev.invariants.junit.internal.ledger.Recorder;
import dev.invariants.junit.internal.model.InvariantRegistry;
import dev.invariants.junit.spi.InvariantDefinition;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The runtime's side of generated code: the outcomes that are not plain counts (violations,
 * definition errors, expressions that threw). Generated code records counts itself, through
 * {@link Recorder}, and calls here only off the common path.
 */
public final class Checks {

    /** Whether a false {@code pre} is a violation ({@code invariants.preconditions=enforce}). */
    public static volatile boolean enforce;

    private static final Map<Integer, String> PROBLEMS = new ConcurrentHashMap<>();
    private static final Map<Integer, String> FIRST_THROWN = new ConcurrentHashMap<>();

    private Checks() {}

    /** Whether calls record the classes of their parameters ({@code invariants.combinations}). */
    public static volatile boolean combinations;

    /** Applies a session's settings. */
    public static void configure(boolean enforcePreconditions, boolean recordCombinations) {
        enforce = enforcePreconditions;
        combinations = recordCombinations;
        FIRST_THROWN.clear();
    }

    /** Notes a definition error found while linking; the first call of the member reports it. */
    static void problem(int invariant, String message) {
        PROBLEMS.putIfAbsent(invariant, message);
    }

    /** The names of the classes whose checks were compiled in this JVM (their definition errors are known here). */
    public static java.util.Set<String> compiledClasses() {
        return Linkage.compiledClasses();
    }

    /** The definition error of the invariant, or {@code null}. */
    public static String problem(int invariant) {
        return PROBLEMS.get(invariant);
    }

    /**
     * A call reached an invariant that cannot be evaluated: recorded as broken, and the call goes on. The
     * test keeps its own outcome; the session fails when it closes, naming every definition error.
     */
    public static void definitionError(int invariant) {
        Recorder.broken(invariant, PROBLEMS.get(invariant));
    }

    /**
     * The expression threw: the invariant is broken, the call goes on. The message names the test and the
     * values, as a violation's does; the report keeps the first one.
     */
    public static void threw(int invariant, String attribute, Throwable thrown, Object[] values) {
        // The first throw of each invariant tells the story; later ones (other values) are counted, not printed.
        String message = FIRST_THROWN.computeIfAbsent(invariant, i -> ViolationMessages.threw(
                InvariantRegistry.definition(i), attribute, thrown, Recorder.currentTest(), values));
        Recorder.broken(invariant, message);
        Warnings.warn(message);
    }

    public static InvariantViolationError preViolated(int invariant, Object[] values) {
        InvariantDefinition definition = InvariantRegistry.definition(invariant);
        return observed(invariant, new InvariantViolationError(definition.id(), ViolationMessages.pre(definition, values), null));
    }

    public static InvariantViolationError postViolated(int invariant, Object[] values) {
        InvariantDefinition definition = InvariantRegistry.definition(invariant);
        return observed(invariant, new InvariantViolationError(definition.id(), ViolationMessages.post(definition, values), null));
    }

    public static InvariantViolationError returnedNormally(int invariant, Object[] values) {
        InvariantDefinition definition = InvariantRegistry.definition(invariant);
        return observed(invariant, new InvariantViolationError(definition.id(), ViolationMessages.returnedNormally(definition, values),
                null));
    }

    public static InvariantViolationError raisedOther(int invariant, Throwable thrown, Object[] values) {
        InvariantDefinition definition = InvariantRegistry.definition(invariant);
        return observed(invariant, new InvariantViolationError(definition.id(), ViolationMessages.raisedOther(definition, thrown, values),
                thrown));
    }

    public static InvariantViolationError typeViolated(int invariant, String after, Throwable thrown,
            Object[] values) {
        InvariantDefinition definition = InvariantRegistry.definition(invariant);
        return observed(invariant, new InvariantViolationError(definition.id(), ViolationMessages.type(definition, after, thrown, values),
                thrown));
    }

    /**
     * The property engine, when it observes the call, gets the violation with the outcome; otherwise the ledger
     * keeps its message for the running test, for the case the code under test swallows it.
     */
    private static InvariantViolationError observed(int invariant, InvariantViolationError violation) {
        if (!Observation.violated(invariant, violation)) {
            Recorder.violated(invariant, violation.getMessage());
        }
        return violation;
    }

    /** A comparison side as a number for boundary evidence: primitives widen to {@code double}. */
    public static double number(double value) {
        return value;
    }

    /** A comparison side as a number for boundary evidence; {@code NaN} (ignored) when it is not a number. */
    public static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** Whether the exception comes from us (a violation further down), not from the code. */
    public static boolean ours(Throwable thrown) {
        return thrown instanceof InvariantViolationError;
    }

    /** A class whose weaving failed: its invariants are reported broken rather than silently unchecked. */
    public static void weaveFailed(String className, Throwable failure) {
        WEAVE_FAILURES.putIfAbsent(className, failure.toString());
    }

    private static final Map<String, String> WEAVE_FAILURES = new ConcurrentHashMap<>();

    /** Classes that declare invariants but could not be woven, with the reason. */
    public static Map<String, String> weaveFailures() {
        return Map.copyOf(WEAVE_FAILURES);
    }
}
