package dev.invariants.junit.testkit;

import dev.invariants.junit.internal.assertions.AssertionCounting;
import java.lang.instrument.Instrumentation;
import net.bytebuddy.agent.ByteBuddyAgent;

/**
 * Installs assertion counting the way the runtime's activation will once it holds
 * {@link Instrumentation}. Reuses the instrumentation Byte Buddy (or Mockito, through it) already
 * obtained: attaching a second agent would break Mockito's {@code verify}.
 */
public final class Counting {

    private Counting() {}

    public static void install() {
        Instrumentation instrumentation;
        try {
            instrumentation = ByteBuddyAgent.getInstrumentation();
        } catch (IllegalStateException notYetInstalled) {
            instrumentation = ByteBuddyAgent.install();
        }
        AssertionCounting.install(instrumentation);
    }
}
