package dev.invariants.junit.internal.assertions;

import java.util.Optional;

/**
 * Who called an assertion entry point. Walking the stack costs a few microseconds, paid once per
 * outermost assertion call (not per invariant evaluation), which is cheap next to the assertion itself.
 */
final class Callers {

    private static final StackWalker WALKER = StackWalker.getInstance();

    /**
     * Packages of test engines and runners, whose own use of assertion methods is not a test's assertion,
     * and AssertJ, whose {@code isThrownBy} calls {@code Assertions.assertThat} after the entry point the
     * test called ({@code assertThatExceptionOfType}) has returned: one assertion, not two.
     */
    private static final String[] FRAMEWORK = {"org.junit.runners.", "org.junit.runner.", "org.junit.internal.",
        "org.junit.vintage.", "org.junit.platform.", "org.junit.jupiter.engine.", "org.junit.experimental.theories.",
        "org.assertj.core."};

    private Callers() {}

    /** The class calling the assertion method whose advice called {@link Hooks}, or empty if unknown. */
    static Optional<String> callerOfEntryPoint() {
        return WALKER.walk(frames -> frames.dropWhile(f -> f.getClassName().equals(Callers.class.getName())
                || f.getClassName().equals(Hooks.class.getName())
                || f.getClassName().equals(AssertionCounting.BRIDGE))
                .skip(1).findFirst().map(StackWalker.StackFrame::getClassName));
    }

    static boolean isFramework(Optional<String> caller) {
        if (caller.isEmpty()) {
            return false;
        }
        for (String prefix : FRAMEWORK) {
            if (caller.get().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
