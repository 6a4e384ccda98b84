package dev.invariants.junit.internal.runtime;

import java.util.Arrays;

/**
 * What checking needs to remember per thread, and nothing shared: whether an expression is being
 * evaluated (checks are suspended, so an expression calling checked code neither recurses nor
 * counts), the instances inside a public call (a type invariant is checked at the outermost exit
 * only), and the {@code old(...)} values of calls in progress, typed: primitives in a {@code long}
 * stack, references in an {@code Object} stack, nothing boxed. Calls on one thread end in the reverse
 * order they started, and each exit takes back exactly what its entry kept, so plain stacks suffice.
 */
public final class ThreadState {

    private static final ThreadLocal<ThreadState> CURRENT = ThreadLocal.withInitial(ThreadState::new);

    /** Set while an expression is evaluated; read and written by generated code. */
    public boolean suspended;
    private Object[] active = new Object[8];
    private int activeDepth;
    private long[] primitives = new long[8];
    private int primitiveDepth;
    private Object[] references = new Object[8];
    private int referenceDepth;

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

    /** Keeps a primitive {@code old(...)} value (an {@code int} widened, a {@code double} as its raw bits). */
    public void pushPrimitive(long value) {
        if (primitiveDepth == primitives.length) {
            primitives = Arrays.copyOf(primitives, primitiveDepth * 2);
        }
        primitives[primitiveDepth++] = value;
    }

    public long popPrimitive() {
        return primitives[--primitiveDepth];
    }

    /** Keeps a reference {@code old(...)} value. */
    public void pushReference(Object value) {
        if (referenceDepth == references.length) {
            references = Arrays.copyOf(references, referenceDepth * 2);
        }
        references[referenceDepth++] = value;
    }

    public Object popReference() {
        Object value = references[--referenceDepth];
        references[referenceDepth] = null;
        return value;
    }

    /** Forgets the newest values of a call that ended without reading them (it threw). */
    public void drop(int primitiveCount, int referenceCount) {
        primitiveDepth -= primitiveCount;
        for (int i = 0; i < referenceCount; i++) {
            references[--referenceDepth] = null;
        }
    }
}
