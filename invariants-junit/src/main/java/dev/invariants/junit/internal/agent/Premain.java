package dev.invariants.junit.internal.agent;

import java.lang.instrument.Instrumentation;

/**
 * Entry point when the JVM starts with {@code -javaagent:invariants-junit.jar} (no dynamic attach,
 * so no JDK 21+ warning) or attaches the jar later. Only keeps the {@link Instrumentation}: what to
 * weave is decided when a test session starts and its configuration is known.
 */
public final class Premain {

    private static volatile Instrumentation instrumentation;

    private Premain() {}

    /**
     * Called by the JVM for {@code -javaagent}.
     *
     * @param arguments ignored
     * @param inst      the JVM's instrumentation
     */
    public static void premain(String arguments, Instrumentation inst) {
        instrumentation = inst;
    }

    /**
     * Called by the JVM when the jar is attached to a running JVM.
     *
     * @param arguments ignored
     * @param inst      the JVM's instrumentation
     */
    public static void agentmain(String arguments, Instrumentation inst) {
        instrumentation = inst;
    }

    /**
     * The instrumentation handed to the agent, or {@code null}.
     *
     * @return the instrumentation or {@code null}
     */
    public static Instrumentation instrumentation() {
        return instrumentation;
    }
}
