package dev.invariants.junit.internal.ledger;

import java.util.Arrays;

/**
 * One thread's view of a ledger: the stack of tests and containers running on this thread, and a
 * dense counter array confined to this thread. {@link #record} is the hot path: no allocation, no
 * lock, no map; the array is flushed into its {@link Tally} only when the target changes.
 */
final class Lane {

    private final Ledger ledger;
    final Thread thread = Thread.currentThread();
    private Tally[] stack = new Tally[8];
    private int depth;
    /** The innermost test or container running on this thread, or {@code null}. */
    private Tally own;
    /** The target the counters belong to. */
    private Tally owner;
    private long[] counts;
    /** Assertion calls since the last flush: all of them, and those that only checked for non-null. */
    private long assertions;
    private long notNullAssertions;
    private Boundaries boundaries;
    private Pairs pairs;
    /** The property engine's observation of a call on this thread, or {@code null} (almost always). */
    Observation observing;

    Lane(Ledger ledger, int slots) {
        this.ledger = ledger;
        this.counts = new long[Math.max(slots, 64)];
    }

    void record(int slot) {
        Tally target = current();
        if (target != owner) {
            switchTo(target);
        }
        long[] c = counts;
        if (slot >= c.length) {
            c = grow(slot);
        }
        c[slot]++;
        Observation observation = observing;
        if (observation != null) {
            observation.record(slot);
        }
    }

    void assertion(int kind) {
        Tally target = current();
        if (target != owner) {
            switchTo(target);
        }
        assertions++;
        if (kind == Recorder.NOT_NULL_ASSERTION) {
            notNullAssertions++;
        }
    }

    void boundary(int invariant, int comparison, double left, double right) {
        Boundaries b = boundaries;
        if (b == null) {
            b = boundaries = new Boundaries();
        }
        b.observe(invariant, comparison, left, right, this);
    }

    void combination(int invariant, long packed, int arity, boolean held) {
        Tally target = current();
        if (target != null && target.generated()) {
            return; // pairwise coverage is about the written suite, as boundary evidence is
        }
        Pairs p = pairs;
        if (p == null) {
            p = pairs = new Pairs();
        }
        p.record(invariant, packed, arity, held);
    }

    Pairs pairs() {
        return pairs;
    }

    /** The test or container this thread's work is credited to now. */
    Tally current() {
        Tally target = own;
        return target == null ? ledger.sole() : target;
    }

    Boundaries boundaries() {
        return boundaries;
    }

    void push(Tally target) {
        if (depth == stack.length) {
            stack = Arrays.copyOf(stack, depth * 2);
        }
        stack[depth++] = target;
        own = target;
    }

    /** Pops down to and including the target; events for a target this thread never started are ignored. */
    void pop(Tally target) {
        for (int i = depth - 1; i >= 0; i--) {
            if (stack[i] == target) {
                if (owner == target) {
                    flush();
                }
                Arrays.fill(stack, i, depth, null);
                depth = i;
                own = depth == 0 ? null : stack[depth - 1];
                return;
            }
        }
    }

    private synchronized void switchTo(Tally target) {
        flush();
        owner = target;
    }

    /** Moves the counters into their target. Synchronized with the ledger's final flush from another thread. */
    synchronized void flush() {
        if (owner != null) {
            owner.add(counts);
            Arrays.fill(counts, 0);
            if (assertions > 0) {
                owner.addAssertions(assertions, notNullAssertions);
                assertions = 0;
                notNullAssertions = 0;
            }
        }
    }

    /** The final flush when the session ends; the lane keeps no memory afterwards. */
    synchronized void close() {
        flush();
        counts = new long[0];
        owner = null;
        own = null;
    }

    /** What this lane holds for the invariant and outcome but has not flushed yet (racy: for diagnostics). */
    long pending(int slot) {
        long[] c = counts;
        return slot < c.length ? c[slot] : 0;
    }

    private long[] grow(int slot) {
        int size = Math.max(slot + 1, Math.max(counts.length * 2, ledger.slots()));
        counts = Arrays.copyOf(counts, size);
        return counts;
    }
}
