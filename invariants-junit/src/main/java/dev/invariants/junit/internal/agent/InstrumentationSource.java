package dev.invariants.junit.internal.agent;

import dev.invariants.junit.internal.config.Timing;
import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Obtains {@link Instrumentation}, reusing one the JVM already has: ours from {@code -javaagent}, one
 * a Byte Buddy agent holds (Mockito's inline mock maker installs one), or Mockito's own when Mockito
 * is the {@code -javaagent} (its advice for JDK 21+, where a JVM started with
 * {@code -XX:+DisableAttachMechanism} or without dynamic loading cannot attach at all).
 *
 * <p>Otherwise attaches an agent jar: the application's own (unrelocated) Byte Buddy agent when it is
 * on the class path, so that Mockito later finds and reuses the same agent instead of attaching a
 * second one; else our own jar. On HotSpot on Linux this JVM loads it itself ({@link HotSpotAttach});
 * elsewhere, or when that fails, Byte Buddy attaches from a helper JVM, with the application's copy
 * when there is one and with our relocated copy when not.
 */
final class InstrumentationSource {

    // Built at run time: the shade plugin would otherwise relocate these names to our own copy.
    private static final String BYTE_BUDDY_AGENT = String.join(".", "net", "bytebuddy", "agent", "ByteBuddyAgent");
    private static final String BYTE_BUDDY_INSTALLER = String.join(".", "net", "bytebuddy", "agent", "Installer");
    private static final String MOCKITO_PREMAIN = "org.mockito.internal.PremainAttach";
    /** A system property: attach from a helper JVM even where this JVM could load the agent itself. */
    private static final String HELPER_JVM = "invariants.debug.helper-jvm";

    private InstrumentationSource() {}

    static Instrumentation obtain() {
        Instrumentation existing = existing();
        if (existing != null) {
            return existing;
        }
        DynamicAgentNotice.beforeAttach();
        IOException inThisJvm = null;
        try {
            Instrumentation loaded = Boolean.getBoolean(HELPER_JVM) ? null : loadInThisJvm();
            if (loaded != null) {
                Timing.note("attached in this JVM");
                return loaded;
            }
        } catch (IOException e) {
            inThisJvm = e;
        } catch (RuntimeException | LinkageError e) {
            // A runtime without java.management, a security manager, ...: the helper JVM may still do.
            inThisJvm = new IOException(e.toString(), e);
        }
        Timing.note("attaching from a helper JVM" + (inThisJvm != null ? " (in this JVM: " + inThisJvm.getMessage() + ")" : ""));
        Instrumentation viaApplication = invokeStatic(BYTE_BUDDY_AGENT, "install", loaderOfTests());
        if (viaApplication != null) {
            return viaApplication;
        }
        try {
            return net.bytebuddy.agent.ByteBuddyAgent.install();
        } catch (RuntimeException e) {
            if (inThisJvm != null) {
                e.addSuppressed(inThisJvm);
            }
            throw e;
        }
    }

    /**
     * Attaches through {@link HotSpotAttach}; {@code null} when this JVM cannot (not HotSpot on Linux),
     * and an exception saying why when it tried and failed.
     */
    private static Instrumentation loadInThisJvm() throws IOException {
        if (!HotSpotAttach.available()) {
            return null;
        }
        Path byteBuddyAgent = jarOf(loaderOfTests(), BYTE_BUDDY_INSTALLER);
        Path jar = byteBuddyAgent != null ? byteBuddyAgent : ourAgentJar();
        HotSpotAttach.loadAgent(jar);
        Instrumentation loaded = existing();
        if (loaded == null) {
            throw new IOException("the JVM loaded the agent " + jar + " but it holds no instrumentation");
        }
        return loaded;
    }

    /**
     * Our jar when the application class loader loaded it (attaching appends the jar to that loader's
     * class path, where it already is); otherwise a temporary jar with {@link Premain} alone. Appending
     * all of our jar to the application loader's class path while a child loader holds it would split
     * our packages between the two: the child asks its parent first.
     */
    private static Path ourAgentJar() throws IOException {
        ClassLoader ours = InstrumentationSource.class.getClassLoader();
        String entry = Premain.class.getName().replace('.', '/') + ".class";
        Path jar = jarOf(ours, Premain.class.getName());
        if (jar != null && ours == ClassLoader.getSystemClassLoader()) {
            return jar;
        }
        Path temporary = Files.createTempFile("invariants-agent", ".jar");
        temporary.toFile().deleteOnExit();
        Manifest manifest = new Manifest();
        Attributes attributes = manifest.getMainAttributes();
        attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.putValue("Agent-Class", Premain.class.getName());
        attributes.putValue("Can-Redefine-Classes", "true");
        attributes.putValue("Can-Retransform-Classes", "true");
        try (InputStream premain = ours.getResourceAsStream(entry);
                JarOutputStream out = new JarOutputStream(Files.newOutputStream(temporary), manifest)) {
            if (premain == null) {
                throw new IOException("cannot read " + entry + " from " + ours);
            }
            out.putNextEntry(new JarEntry(entry));
            premain.transferTo(out);
            out.closeEntry();
        }
        return temporary;
    }

    /** The jar a class is loaded from, or {@code null} when it is not visible or not in a jar. */
    private static Path jarOf(ClassLoader loader, String className) {
        URL resource = loader.getResource(className.replace('.', '/') + ".class");
        if (resource == null || !resource.getProtocol().equals("jar")) {
            return null;
        }
        String path = resource.getPath(); // file:/.../x.jar!/a/b/C.class
        int separator = path.indexOf("!/");
        try {
            return separator < 0 ? null : Path.of(new URI(path.substring(0, separator)));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
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
