package dev.invariants.junit.internal.ledger;

import java.util.HashMap;
import java.util.Map;

/**
 * What evaluations are credited to: a test, a container (its set-up), or the unattributed bucket.
 * Lanes flush their per-thread counters here when they switch target, so this sparse map grows with
 * the number of invariants a target touched, never with the number of evaluations.
 */
public final class Target {

    /** What kind of node a target is. */
    public enum Type { TEST, CONTAINER, UNATTRIBUTED }

    private final String uniqueId;
    private final Type type;
    private final String className;
    private final String name;
    private final String displayName;
    private volatile String status;
    private final Map<Integer, long[]> counts = new HashMap<>();

    public Target(String uniqueId, Type type, String className, String name, String displayName) {
        this.uniqueId = uniqueId;
        this.type = type;
        this.className = className;
        this.name = name;
        this.displayName = displayName;
    }

    static Target unattributed() {
        return new Target("unattributed", Type.UNATTRIBUTED, null, "unattributed", "unattributed");
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

    void finish(String finalStatus) {
        this.status = finalStatus;
    }

    /** Adds a lane's dense counters (indexed {@code invariant * OUTCOMES + outcome}). */
    synchronized void add(long[] dense) {
        for (int slot = 0; slot < dense.length; slot++) {
            long value = dense[slot];
            if (value != 0) {
                counts.computeIfAbsent(slot / Recorder.OUTCOMES, k -> new long[Recorder.OUTCOMES])[slot % Recorder.OUTCOMES] += value;
            }
        }
    }

    /** A copy of the counters: registry index to counts by outcome. */
    public synchronized Map<Integer, long[]> counts() {
        Map<Integer, long[]> copy = new HashMap<>();
        counts.forEach((index, byOutcome) -> copy.put(index, byOutcome.clone()));
        return copy;
    }

    synchronized long count(int invariant, int outcome) {
        long[] byOutcome = counts.get(invariant);
        return byOutcome == null ? 0 : byOutcome[outcome];
    }
}
