package dev.invariants.junit.internal.runtime;

import java.util.Arrays;

/**
 * What checking needs to remember per thread, and nothing shared: whether an expression is being
 * evaluated (checks are suspended, so an expression calling checked code neither recurses nor
 * counts), the instances inside a public call (a type invariant is checked at the outermost exit
 * only), and the {@code old(...)} values of calls in progress. Calls on one thread end in the
 * reverse order they started, so plain stacks suffice.
 */
public final class ThreadState {

    private static final ThreadLocal<ThreadState> CURRENT = ThreadLocal.withInitial(ThreadState::new);

    /** Set while an expression is evaluated; read and written by generated code. */
    public boolean suspended;
    private Object[] active = new Object[8];
    private int activeDepth;
    private Object[][] olds = new Object[4][];
    private int oldDepth;

    private ThreadState() {}

    public static ThreadState current() {
        return CURRENT.get();
    }

    /** Marks the instance as inside a public call; {@code false} when it already was (a nested call). */
    public boolean enter(Object instance) {
        for (int i = activeDepth - 1; i >= 0; i--) {
            if (active[i] == instance) {
                return false;
            }
        }
        if (activeDepth == active.length) {
            active = Arrays.copyOf(active, activeDepth * 2);
        }
        active[activeDepth++] = instance;
        return true;
    }

    /** Ends the outermost call on the instance that {@link #enter} admitted. */
    public void leave(Object instance) {
        for (int i = activeDepth - 1; i >= 0; i--) {
            if (active[i] == instance) {
                System.arraycopy(active, i + 1, active, i, activeDepth - i - 1);
                active[--activeDepth] = null;
                return;
            }
        }
    }

    public void pushOld(Object[] values) {
        if (oldDepth == olds.length) {
            olds = Arrays.copyOf(olds, oldDepth * 2);
        }
        olds[oldDepth++] = values;
    }

    public Object[] popOld() {
        Object[] values = olds[--oldDepth];
        olds[oldDepth] = null;
        return values;
    }
}
