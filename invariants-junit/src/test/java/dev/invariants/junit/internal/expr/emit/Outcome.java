package dev.invariants.junit.internal.expr.emit;

/** What a computation gave: its value, or the class of what it threw, so that both can be compared. */
final class Outcome {

    interface Computation {
        Object get() throws Throwable;
    }

    private Outcome() {}

    static Object of(Computation computation) {
        try {
            return computation.get();
        } catch (Throwable thrown) {
            return thrown.getClass();
        }
    }
}
