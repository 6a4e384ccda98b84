package dev.invariants.pitest.internal.kill;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Why one test unit failed: the ids of the invariants whose violation failed it, and whether anything else
 * (an assertion, or any other exception) did. A parameterised test can fail both ways in one run.
 *
 * @param invariants the violated invariants' ids, in the order the failures came
 * @param other      true when some failure of the unit was not an invariant violation
 */
public record Failure(List<String> invariants, boolean other) {

    /** The name of the runtime's error; matched by name, so the plugin needs no invariants-junit on its class path. */
    static final String VIOLATION = "dev.invariants.junit.InvariantViolationError";

    public Failure {
        invariants = List.copyOf(invariants);
    }

    /** True when at least one failure was an invariant violation. */
    public boolean byInvariant() {
        return !invariants.isEmpty();
    }

    /**
     * Classifies the throwables that failed one unit. A violation counts wherever it sits in a failure's cause
     * chain: code that wraps an {@code Error} (an executor, a reflective call) does not hide which rule fired.
     */
    public static Failure of(List<Throwable> failures) {
        Set<String> ids = new LinkedHashSet<>();
        boolean other = false;
        for (Throwable failure : failures) {
            String id = violatedInvariant(failure);
            if (id == null) {
                other = true;
            } else {
                ids.add(id);
            }
        }
        return new Failure(new ArrayList<>(ids), other);
    }

    private static String violatedInvariant(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (isViolation(t.getClass())) {
                return invariantId(t);
            }
        }
        return null;
    }

    private static boolean isViolation(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.getName().equals(VIOLATION)) {
                return true;
            }
        }
        return false;
    }

    private static String invariantId(Throwable violation) {
        try {
            Object id = violation.getClass().getMethod("invariantId").invoke(violation);
            return String.valueOf(id);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // An invariants-junit without the accessor: the kill still counts as the runtime's, under no id.
            return "?";
        }
    }
}
