package dev.invariants.junit.internal.agent;

import dev.invariants.junit.internal.config.Warnings;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * JDK 21 and later warn when an agent is loaded into a running JVM, naming the jar: Mockito's Byte Buddy
 * agent when it is on the class path, so users blame Mockito. Said first, in our own line: the attach is
 * ours, and how to go without the warning.
 */
final class DynamicAgentNotice {

    static final String TEXT = "the JVM's next warning, \"A Java agent has been loaded dynamically\", is invariants-junit"
            + " attaching itself to check invariants (through Byte Buddy's agent jar when Mockito brings one), not"
            + " Mockito; to silence it, add -XX:+EnableDynamicAgentLoading to the test JVM (Surefire's <argLine>) or"
            + " start it with -javaagent:invariants-junit.jar (docs/configuration.md)";

    private DynamicAgentNotice() {}

    /** Before this JVM attaches an agent to itself: prints {@link #TEXT} when the JVM is going to warn. */
    static void beforeAttach() {
        if (Runtime.version().feature() >= 21 && !dynamicLoadingAllowed()) {
            // not a warning of ours: a note on the JVM's, on the stream the JVM writes it to
            System.err.println(Warnings.PREFIX + TEXT);
        }
    }

    private static boolean dynamicLoadingAllowed() {
        try {
            List<String> arguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
            return arguments.stream().anyMatch(a -> a.equals("-XX:+EnableDynamicAgentLoading"));
        } catch (RuntimeException | LinkageError e) {
            // no java.management: say it, rather than leave the warning unexplained
            return false;
        }
    }
}
