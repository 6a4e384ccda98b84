package dev.invariants.junit.internal.assertions;

import dev.invariants.junit.internal.ledger.Recorder;

/**
 * What the advice copied into assertion libraries calls. Public because that code lives in other
 * packages; not API. Only the outermost assertion call of a thread counts: an assertion method that
 * delegates to another ({@code WithAssertions.assertThat} to {@code Assertions.assertThat},
 * {@code assertAll} running the assertions it groups) is one call, the one the test wrote. Calls that
 * test frameworks make themselves (JUnit 4's runner uses {@code Assert.assertEquals} to validate test
 * classes) are not the test's and do not count.
 */
public final class Hooks {

    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private Hooks() {}

    /** Entering an assertion method; counts it when no other assertion method is running on this thread. */
    public static void enter(int kind) {
        int[] depth = DEPTH.get();
        if (depth[0]++ == 0) {
            try {
                if (!Callers.isFramework(Callers.callerOfEntryPoint())) {
                    Recorder.assertion(kind);
                }
            } catch (RuntimeException | LinkageError e) {
                // A bug of ours must never change the outcome of the user's assertion.
            }
        }
    }

    /** Leaving an assertion method, normally or by exception. */
    public static void exit() {
        int[] depth = DEPTH.get();
        if (depth[0] > 0) {
            depth[0]--;
        }
    }

    /** A Mockito mock or spy of the type is being created. */
    public static void mockCreated(Class<?> type) {
        if (type == null) {
            return;
        }
        try {
            Recorder.mocked(type);
        } catch (RuntimeException | LinkageError e) {
            // Never break the user's mock creation.
        }
    }
}
