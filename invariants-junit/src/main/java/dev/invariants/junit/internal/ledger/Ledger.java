package dev.invariants.junit.internal.ledger;

import dev.invariants.junit.internal.model.InvariantRegistry;
import dev.invariants.report.Generated;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The evaluations of one launcher session, attributed: to the test or container running on the
 * evaluating thread; on a thread running none, to the only test running anywhere, if there is
 * exactly one; otherwise to the unattributed bucket. Nothing is dropped.
 */
public final class Ledger {

    private final ThreadLocal<Lane> lanes = ThreadLocal.withInitial(this::newLane);
    private final Queue<Lane> allLanes = new ConcurrentLinkedQueue<>();
    private final Tally unattributed = Tally.unattributed();
    private final Queue<Tally> targets = new ConcurrentLinkedQueue<>();
    private final Map<String, Tally> byId = new ConcurrentHashMap<>();
    private final Set<Tally> runningTests = new LinkedHashSet<>();
    private final Map<Integer, String> brokenReasons = new ConcurrentHashMap<>();
    private final Map<Integer, Generated> generated = new ConcurrentHashMap<>();
    private volatile Tally sole = unattributed;
    private volatile boolean closed;

    // The lane used last, checked against the current thread before use: spares the ThreadLocal
    // lookup while one thread records in a row. Racy by design; a Lane's thread never changes.
    private Lane recent;

    void record(int slot) {
        lane().record(slot);
    }

    void assertion(int kind) {
        lane().assertion(kind);
    }

    void boundary(int invariant, int comparison, double left, double right) {
        lane().boundary(invariant, comparison, left, right);
    }

    void mocked(Class<?> type) {
        lane().current().mocked(MockedTypes.names(type));
    }

    /** The calling thread's lane. */
    Lane lane() {
        Lane lane = recent;
        if (lane == null || lane.thread != Thread.currentThread()) {
            lane = lanes.get();
            recent = lane;
        }
        return lane;
    }

    /**
     * Wraps work for another thread so that what it records there is credited to the test or container the calling
     * thread's work is credited to now (the property engine runs each try on a worker it can leave behind).
     */
    public Runnable credited(Runnable work) {
        Tally target = lane().current();
        return () -> {
            Lane lane = lane();
            lane.push(target);
            try {
                work.run();
            } finally {
                lane.pop(target);
            }
        };
    }

    void broken(int invariant, String reason) {
        if (reason != null) {
            brokenReasons.putIfAbsent(invariant, reason);
        }
    }

    Tally sole() {
        return sole;
    }

    int slots() {
        return InvariantRegistry.size() * Recorder.OUTCOMES;
    }

    /** A test or container started on the calling thread. */
    public void started(Tally target) {
        Tally known = byId.putIfAbsent(target.uniqueId(), target);
        Tally started = known == null ? target : known;
        if (known == null) {
            targets.add(target);
        }
        if (started.type() == Tally.Type.TEST) {
            synchronized (runningTests) {
                runningTests.add(started);
                updateSole();
            }
        }
        lanes.get().push(started);
    }

    /** The test or container with this unique id finished on the calling thread. */
    public void finished(String uniqueId, String status) {
        Tally target = byId.get(uniqueId);
        if (target == null) {
            return;
        }
        target.finish(status);
        lanes.get().pop(target);
        if (target.type() == Tally.Type.TEST) {
            synchronized (runningTests) {
                runningTests.remove(target);
                updateSole();
            }
        }
    }

    /** Marks the tests still running {@code ABORTED}, for a JVM exiting in the middle of them; returns their ids. */
    public List<String> abortRunning() {
        List<String> aborted = new ArrayList<>();
        synchronized (runningTests) {
            for (Tally test : runningTests) {
                test.finish("ABORTED");
                aborted.add(test.uniqueId());
            }
        }
        return aborted;
    }

    private void updateSole() {
        sole = runningTests.size() == 1 ? runningTests.iterator().next() : unattributed;
    }

    /** Flushes every thread's counters. Evaluations still running on other threads after this are not counted here. */
    public void close() {
        closed = true;
        for (Lane lane : allLanes) {
            lane.close();
        }
    }

    /** The observation closest to its edge of every compared boundary, over every thread; read after {@link #close()}. */
    public java.util.Collection<Boundaries.Closest> boundaries() {
        Map<Long, Boundaries.Closest> best = new java.util.HashMap<>();
        for (Lane lane : allLanes) {
            Boundaries b = lane.boundaries();
            if (b != null) {
                b.into(best);
            }
        }
        return best.values();
    }

    void combination(int invariant, long packed, int arity, boolean held) {
        lane().combination(invariant, packed, arity, held);
    }

    /**
     * Per invariant, the union over every thread of its pairs of input classes ({@link Pairs}: held, then
     * {@code pre} false); read after {@link #close()}.
     */
    public Map<Integer, long[]> pairs() {
        Map<Integer, long[]> union = new java.util.HashMap<>();
        for (Lane lane : allLanes) {
            Pairs p = lane.pairs();
            if (p != null) {
                p.into(union);
            }
        }
        return union;
    }

    public boolean isClosed() {
        return closed;
    }

    /** Every test and container in start order. */
    public List<Tally> targets() {
        return new ArrayList<>(targets);
    }

    public Tally unattributedTarget() {
        return unattributed;
    }

    void generated(int invariant, Generated run) {
        generated.merge(invariant, run, Generated::plus);
    }

    /** What generated property tests did, by registry index. */
    public Map<Integer, Generated> generated() {
        return Map.copyOf(generated);
    }

    /** The first reason each broken invariant gave, by registry index. */
    public Map<Integer, String> brokenReasons() {
        return Map.copyOf(brokenReasons);
    }

    long count(int invariant, int outcome) {
        long total = unattributed.count(invariant, outcome);
        for (Tally target : targets) {
            total += target.count(invariant, outcome);
        }
        for (Lane lane : allLanes) {
            total += lane.pending(invariant * Recorder.OUTCOMES + outcome);
        }
        return total;
    }

    String brokenReason(int invariant) {
        return brokenReasons.get(invariant);
    }

    private Lane newLane() {
        Lane lane = new Lane(this, slots());
        allLanes.add(lane);
        return lane;
    }
}
