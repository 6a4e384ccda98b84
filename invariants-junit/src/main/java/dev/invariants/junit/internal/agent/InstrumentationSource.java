package dev.invariants.junit.internal.agent;

import java.lang.instrument.Instrumentation;
import java.lang.reflect.Method;

/**
 * Obtains {@link Instrumentation}, reusing one the JVM already has: ours from {@code -javaagent}, one
 * a Byte Buddy agent holds (Mockito's inline mock maker installs one), or Mockito's own when Mockito
 * is the {@code -javaagent} (its advice for JDK 21+, where a JVM started with
 * {@code -XX:+DisableAttachMechanism} or without dynamic loading cannot attach at all). Otherwise attaches, with
 * the application's own (unrelocated) Byte Buddy agent when it is on the class path, so that
 * Mockito later finds and reuses the same agent instead of attaching a second one; with our
 * relocated copy when not.
 */
final class InstrumentationSource {

    // Built at run time: the shade plugin would otherwise relocate these names to our own copy.
    private static final String BYTE_BUDDY_AGENT = String.join(".", "net", "bytebuddy", "agent", "ByteBuddyAgent");
    private static final String BYTE_BUDDY_INSTALLER = String.join(".", "net", "bytebuddy", "agent", "Installer");
    private static final String MOCKITO_PREMAIN = "org.mockito.internal.PremainAttach";

    private InstrumentationSource() {}

    static Instrumentation obtain() {
        Instrumentation existing = existing();
        if (existing != null) {
            return existing;
        }
        AttachListener.start();
        Instrumentation viaApplication = invokeStatic(BYTE_BUDDY_AGENT, "install", loaderOfTests());
        if (viaApplication != null) {
            return viaApplication;
        }
        return net.bytebuddy.agent.ByteBuddyAgent.install();
    }

    private static Instrumentation existing() {
        Instrumentation ours = Premain.instrumentation();
        if (ours != null) {
            return ours;
        }
        ClassLoader system = ClassLoader.getSystemClassLoader();
        Instrumentation premainOfSystem = invokeStatic(Premain.class.getName(), "instrumentation", system);
        if (premainOfSystem != null) {
            return premainOfSystem;
        }
        Instrumentation byteBuddy = invokeStatic(BYTE_BUDDY_INSTALLER, "getInstrumentation", system);
        if (byteBuddy != null) {
            return byteBuddy;
        }
        return invokeStatic(MOCKITO_PREMAIN, "getInstrumentation", system);
    }

    private static ClassLoader loaderOfTests() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : InstrumentationSource.class.getClassLoader();
    }

    private static Instrumentation invokeStatic(String className, String methodName, ClassLoader loader) {
        try {
            Class<?> type = Class.forName(className, true, loader);
            Method method = type.getMethod(methodName);
            return (Instrumentation) method.invoke(null);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return null;
        }
    }
}
