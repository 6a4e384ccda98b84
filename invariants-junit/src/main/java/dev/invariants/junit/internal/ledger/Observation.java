package dev.invariants.junit.internal.ledger;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every outcome recorded on one thread while a call made by the property engine runs, in order,
 * with the violations built for them. The engine opens one around each generated call and reads it
 * afterwards; the recording hot path pays one field read of its thread's lane when none is open.
 *
 * <p>Observations nest (a generated call inside a generated call): the inner one sees its own
 * events, and passes them on to the outer one when it closes.
 */
public final class Observation {

    private static final ThreadLocal<Observation> CURRENT = new ThreadLocal<>();

    private final Observation outer;
    private final Lane lane;
    private int[] slots = new int[16];
    private int size;
    private final Map<Integer, Throwable> violations = new HashMap<>();
    private final Map<Integer, String> brokenReasons = new LinkedHashMap<>();
    private boolean closed;

    private Observation(Observation outer, Lane lane) {
        this.outer = outer;
        this.lane = lane;
    }

    /** Starts observing the calling thread's evaluations; {@link #close()} it in a {@code finally}. */
    public static Observation open() {
        Lane lane = Recorder.active().lane();
        // Only the property engine observes calls: the test running them is a generated one.
        lane.current().markGenerated();
        Observation observation = new Observation(CURRENT.get(), lane);
        CURRENT.set(observation);
        lane.observing = observation;
        return observation;
    }

    /** Stops observing; what was seen stays readable. */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        lane.observing = outer != null && outer.lane == lane ? outer : null;
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
            for (int i = 0; i < size; i++) {
                outer.record(slots[i]);
            }
            violations.forEach(outer.violations::putIfAbsent);
            brokenReasons.forEach(outer.brokenReasons::putIfAbsent);
        }
    }

    void record(int slot) {
        if (size == slots.length) {
            slots = Arrays.copyOf(slots, size * 2);
        }
        slots[size++] = slot;
    }

    /**
     * A violation was built for the invariant on this thread; kept if an observation is open. Off the hot path.
     *
     * @return whether an observation took it: the property engine judges it, so it is not the test's to fail
     */
    public static boolean violated(int invariant, Throwable violation) {
        Observation current = CURRENT.get();
        if (current != null) {
            current.violations.putIfAbsent(invariant, violation);
            return true;
        }
        return false;
    }

    static void broken(int invariant, String reason) {
        Observation current = CURRENT.get();
        if (current != null && reason != null) {
            current.brokenReasons.putIfAbsent(invariant, reason);
        }
    }

    /** How many outcomes were recorded. */
    public int size() {
        return size;
    }

    /** The registry index of the invariant of the {@code i}-th recorded outcome. */
    public int invariant(int i) {
        return slots[i] / Recorder.OUTCOMES;
    }

    /** The {@code i}-th recorded outcome, one of {@link Recorder#PRE_FAILED} ... {@link Recorder#BROKEN}. */
    public int outcome(int i) {
        return slots[i] % Recorder.OUTCOMES;
    }

    /** The first violation built for the invariant during the observation, or {@code null}. */
    public Throwable violation(int invariant) {
        return violations.get(invariant);
    }

    /** Why the invariant broke during the observation, or {@code null}. */
    public String brokenReason(int invariant) {
        return brokenReasons.get(invariant);
    }
}
