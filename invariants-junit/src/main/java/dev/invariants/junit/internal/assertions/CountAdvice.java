package dev.invariants.junit.internal.assertions;

import dev.invariants.junit.internal.ledger.Recorder;
import net.bytebuddy.asm.Advice;

/** Copied into assertion methods: counts the call. */
final class CountAdvice {

    private CountAdvice() {}

    @Advice.OnMethodEnter
    static void enter() {
        AssertionBridge.enter(Recorder.ASSERTION);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class)
    static void exit() {
        AssertionBridge.exit();
    }
}
