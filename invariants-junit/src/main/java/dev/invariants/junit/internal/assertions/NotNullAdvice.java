package dev.invariants.junit.internal.assertions;

import dev.invariants.junit.internal.ledger.Recorder;
import net.bytebuddy.asm.Advice;

/** Copied into {@code assertNotNull}: counts the call as one that only checks for non-null. */
final class NotNullAdvice {

    private NotNullAdvice() {}

    @Advice.OnMethodEnter
    static void enter() {
        AssertionBridge.enter(Recorder.NOT_NULL_ASSERTION);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class)
    static void exit() {
        AssertionBridge.exit();
    }
}
