package dev.invariants.junit.internal.assertions;

import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * What the advice copied into assertion libraries calls. Injected into the bootstrap class loader
 * before anything loads it, so that every class loader sees this one class: the console launcher
 * (and IDEs built the same way) load JUnit's own {@code Assert} and {@code Assertions} in a loader
 * that is a parent of the one holding our jar, where a direct call to {@link Hooks} could not link.
 * Holds only JDK-typed callbacks, set by {@link AssertionCounting}; until then every call is a no-op.
 * Public because that code lives in other packages; not API.
 */
public final class AssertionBridge {

    /** {@link Hooks#enter(int)}. */
    public static volatile IntConsumer enter;
    /** {@link Hooks#exit()}. */
    public static volatile Runnable exit;
    /** {@link Hooks#mockCreated(Class)}. */
    public static volatile Consumer<Class<?>> mockCreated;

    private AssertionBridge() {}

    public static void enter(int kind) {
        IntConsumer target = enter;
        if (target != null) {
            target.accept(kind);
        }
    }

    public static void exit() {
        Runnable target = exit;
        if (target != null) {
            target.run();
        }
    }

    public static void mockCreated(Class<?> type) {
        Consumer<Class<?>> target = mockCreated;
        if (target != null) {
            target.accept(type);
        }
    }
}
