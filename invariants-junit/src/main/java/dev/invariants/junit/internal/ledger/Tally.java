package dev.invariants.junit.internal.ledger;

import java.util.HashMap;
import java.util.Map;

/**
 * What evaluations are credited to: a test, a container (its set-up), or the unattributed bucket.
 * Lanes flush their per-thread counters here when they switch target, so this sparse table grows with
 * the number of invariants a target touched, never with the number of evaluations.
 */
public final class Tally {

    /** What kind of node a target is. */
    public enum Type { TEST, CONTAINER, UNATTRIBUTED }

    private final String uniqueId;
    private final Type type;
    private final String className;
    private final String name;
    private final String displayName;
    private volatile String status;
    // Sorted invariant indexes and their counters (OUTCOMES per index), sized exactly: ~44 bytes per pair.
    private int[] keys = new int[0];
    private long[] values = new long[0];
    private int size;
    private long assertions;
    private long notNullAssertions;
    private final java.util.Set<String> mocked = new java.util.LinkedHashSet<>();
    private volatile java.util.List<String> claims = java.util.List.of();
    private volatile java.lang.reflect.Method method;
    // The first violation message of each invariant (registry index); violations are rare, so a plain map.
    private final Map<Integer, String> violations = new HashMap<>();
    // Set by the property engine's thread when it observes a call in this test; read on the boundary path.
    private boolean generated;

    public Tally(String uniqueId, Type type, String className, String name, String displayName) {
        this.uniqueId = uniqueId;
        this.type = type;
        this.className = className;
        this.name = name;
        this.displayName = displayName;
    }

    static Tally unattributed() {
        return new Tally("unattributed", Type.UNATTRIBUTED, null, "unattributed", "unattributed");
    }

    public String uniqueId() {
        return uniqueId;
    }

    public Type type() {
        return type;
    }

    public String className() {
        return className;
    }

    public String name() {
        return name;
    }

    public String displayName() {
        return displayName;
    }

    /** {@code SUCCESSFUL}, {@code FAILED} or {@code ABORTED} once finished, else {@code null}. */
    public String status() {
        return status;
    }

    /** Assertion calls credited to this target so far (flushed lanes only). */
    public synchronized long assertions() {
        return assertions;
    }

    /** Of {@link #assertions()}, those that only checked for non-null. */
    public synchronized long notNullAssertions() {
        return notNullAssertions;
    }

    synchronized void addAssertions(long all, long notNull) {
        assertions += all;
        notNullAssertions += notNull;
    }

    /** Binary names of the types this target mocked or spied, with their supertypes outside the JDK. */
    public synchronized java.util.List<String> mocked() {
        return java.util.List.copyOf(mocked);
    }

    synchronized void mocked(java.util.Collection<String> typeNames) {
        mocked.addAll(typeNames);
    }

    /** The test's own method, when its source names one; read only at the report (see {@code CaughtExpectations}). */
    public java.lang.reflect.Method method() {
        return method;
    }

    /** Records the test's own method, read by the platform listener when the test starts. */
    public void method(java.lang.reflect.Method testMethod) {
        method = testMethod;
    }

    /** The invariant ids this test claims to verify ({@code @Verifies}). */
    public java.util.List<String> claims() {
        return claims;
    }

    /** Records the ids the test claims, read by the platform listener when the test starts. */
    public void claims(java.util.List<String> ids) {
        claims = java.util.List.copyOf(ids);
    }

    synchronized void violated(int invariant, String message) {
        violations.putIfAbsent(invariant, message);
    }

    /** The first violation message of each invariant violated in this target, by registry index. */
    public synchronized Map<Integer, String> violations() {
        return Map.copyOf(violations);
    }

    /** Whether this is a property test generated from the invariants (it observed a call through the runtime SPI). */
    public boolean generated() {
        return generated;
    }

    /** Marks a test as generated; containers and the unattributed bucket stay what they are. */
    void markGenerated() {
        if (type == Type.TEST) {
            generated = true;
        }
    }

    void finish(String finalStatus) {
        this.status = finalStatus;
    }

    /** Adds a lane's dense counters (indexed {@code invariant * OUTCOMES + outcome}). */
    synchronized void add(long[] dense) {
        int n = Recorder.OUTCOMES;
        int[] added = new int[8];
        int addedCount = 0;
        for (int invariant = 0; invariant * n < dense.length; invariant++) {
            int base = invariant * n;
            boolean any = false;
            for (int o = 0; o < n && base + o < dense.length; o++) {
                any |= dense[base + o] != 0;
            }
            if (!any) {
                continue;
            }
            int at = java.util.Arrays.binarySearch(keys, 0, size, invariant);
            if (at >= 0) {
                for (int o = 0; o < n && base + o < dense.length; o++) {
                    values[at * n + o] += dense[base + o];
                }
            } else {
                if (addedCount == added.length) {
                    added = java.util.Arrays.copyOf(added, addedCount * 2);
                }
                added[addedCount++] = invariant;
            }
        }
        if (addedCount > 0) {
            insert(dense, added, addedCount);
        }
    }

    /** Merges new invariants (ascending) into the sorted arrays, sized exactly: memory per touched pair stays small. */
    private void insert(long[] dense, int[] added, int addedCount) {
        int n = Recorder.OUTCOMES;
        int[] newKeys = new int[size + addedCount];
        long[] newValues = new long[newKeys.length * n];
        int i = 0;
        int j = 0;
        for (int k = 0; k < newKeys.length; k++) {
            if (j >= addedCount || i < size && keys[i] < added[j]) {
                newKeys[k] = keys[i];
                System.arraycopy(values, i * n, newValues, k * n, n);
                i++;
            } else {
                newKeys[k] = added[j];
                int base = added[j] * n;
                for (int o = 0; o < n && base + o < dense.length; o++) {
                    newValues[k * n + o] = dense[base + o];
                }
                j++;
            }
        }
        keys = newKeys;
        values = newValues;
        size = newKeys.length;
    }

    /** A copy of the counters: registry index to counts by outcome. */
    public synchronized Map<Integer, long[]> counts() {
        Map<Integer, long[]> copy = new HashMap<>();
        for (int i = 0; i < size; i++) {
            copy.put(keys[i], java.util.Arrays.copyOfRange(values, i * Recorder.OUTCOMES, (i + 1) * Recorder.OUTCOMES));
        }
        return copy;
    }

    synchronized long count(int invariant, int outcome) {
        int at = java.util.Arrays.binarySearch(keys, 0, size, invariant);
        return at < 0 ? 0 : values[at * Recorder.OUTCOMES + outcome];
    }
}
