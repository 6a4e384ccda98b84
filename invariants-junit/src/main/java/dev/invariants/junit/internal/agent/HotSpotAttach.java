package dev.invariants.junit.internal.agent;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ConnectException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Loads a Java agent into this JVM by speaking HotSpot's attach protocol to the JVM's own attach
 * listener, the way {@code jcmd} or the attach API would from another process. The attach API
 * refuses to attach to its own JVM, so Byte Buddy starts a helper JVM for it: ~240 ms and a few
 * hundred milliseconds of CPU in every test JVM, against 65–95 ms here (docs/benchmarks.md).
 *
 * <p>HotSpot on Linux only: the listener's socket and trigger file are where HotSpot puts them there.
 * The listener is started as an attaching process starts it (trigger file, then {@code SIGQUIT}), and
 * never when that signal would do something else: with attaching disabled it prints a thread dump,
 * and with {@code -Xrs} it ends the process.
 */
final class HotSpotAttach {

    private static final Path TMP = Path.of("/tmp");
    private static final long TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(10);

    private HotSpotAttach() {}

    /** Whether this JVM is one {@link #loadAgent} can work in. */
    static boolean available() {
        String vm = System.getProperty("java.vm.name", "");
        // HotSpot names itself "OpenJDK ... VM" or "Java HotSpot(TM) ... VM"; OpenJ9 attaches differently.
        boolean hotSpotOnLinux = System.getProperty("os.name", "").equals("Linux")
                && (vm.contains("HotSpot") || vm.startsWith("OpenJDK"));
        if (!hotSpotOnLinux) {
            return false;
        }
        return option("DisableAttachMechanism").equals("false")
                && (signalStartsListener() || option("StartAttachListener").equals("true"));
    }

    /** With {@code -Xrs} the JVM has no {@code SIGQUIT} handler: the signal would end the process. */
    private static boolean signalStartsListener() {
        return option("ReduceSignalUsage").equals("false");
    }

    private static String option(String name) {
        return ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).getVMOption(name).getValue();
    }

    /**
     * Loads the agent in {@code jar} (its manifest's {@code Agent-Class}); its {@code agentmain} has
     * run when this returns.
     *
     * @throws IOException when the listener does not start, or the JVM refuses or fails to load the agent;
     *                     the message says which
     */
    static void loadAgent(Path jar) throws IOException {
        long pid = ProcessHandle.current().pid();
        Path socket = TMP.resolve(".java_pid" + pid);
        // Protocol version 1: the command and exactly three arguments, each ended by a NUL byte.
        byte[] request = ("1\0load\0instrument\0false\0" + jar.toAbsolutePath() + "\0").getBytes(StandardCharsets.UTF_8);
        String response;
        if (Files.exists(socket)) {
            try {
                response = exchange(socket, request);
            } catch (ConnectException e) {
                // Left by an earlier process with the same pid (containers reuse pids): the listener replaces it.
                Files.deleteIfExists(socket);
                startListener(pid, socket);
                response = exchange(socket, request);
            }
        } else {
            startListener(pid, socket);
            response = exchange(socket, request);
        }
        // "0" (the command ran) then the agent's return code: "return code: 0" (JDK 17.0.x later builds and
        // 21+) or "0" (older); anything else is an error text from the JVM.
        String[] lines = response.split("\n");
        boolean loaded = lines.length >= 2 && lines[0].equals("0")
                && (lines[1].equals("0") || lines[1].equals("return code: 0"));
        if (!loaded) {
            throw new IOException("the JVM did not load the agent " + jar + ": " + response.strip().replace('\n', ' '));
        }
    }

    private static void startListener(long pid, Path socket) throws IOException {
        if (!signalStartsListener()) {
            // -Xrs with -XX:+StartAttachListener, and the socket gone since start-up.
            throw new IOException("the attach listener's socket " + socket + " is gone and -Xrs forbids SIGQUIT");
        }
        Path trigger = TMP.resolve(".attach_pid" + pid);
        try {
            Files.createFile(trigger);
        } catch (FileAlreadyExistsException e) {
            // Another process is attaching to this JVM right now; its signal starts the listener.
        }
        try {
            Process kill = new ProcessBuilder("kill", "-QUIT", Long.toString(pid)).start();
            if (!kill.waitFor(5, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                kill.destroyForcibly();
                throw new IOException("kill -QUIT " + pid + " did not succeed");
            }
            long deadline = System.nanoTime() + TIMEOUT_NANOS;
            while (!Files.exists(socket)) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("the JVM's attach listener did not create " + socket);
                }
                Thread.sleep(1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting the attach listener", e);
        } finally {
            Files.deleteIfExists(trigger);
        }
    }

    /** Sends the request and reads the response until the JVM closes the connection, within the time-out. */
    private static String exchange(Path socket, byte[] request) throws IOException {
        // As the attach API checks: the socket must be ours, not one another user put there.
        Object owner = Files.getAttribute(socket, "unix:uid");
        Object us = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        if (!owner.equals(us)) {
            throw new IOException(socket + " belongs to user " + owner + ", not to this JVM's user " + us);
        }
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
                Selector selector = Selector.open()) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            ByteBuffer out = ByteBuffer.wrap(request);
            while (out.hasRemaining()) {
                channel.write(out);
            }
            channel.configureBlocking(false);
            channel.register(selector, SelectionKey.OP_READ);
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            ByteBuffer in = ByteBuffer.allocate(1024);
            long deadline = System.nanoTime() + TIMEOUT_NANOS;
            while (true) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    throw new IOException("the JVM's attach listener did not answer within "
                            + TimeUnit.NANOSECONDS.toSeconds(TIMEOUT_NANOS) + " s");
                }
                selector.select(left);
                selector.selectedKeys().clear();
                int read;
                while ((read = channel.read(in)) > 0) {
                    response.write(in.array(), 0, in.position());
                    in.clear();
                }
                if (read < 0) {
                    return response.toString(StandardCharsets.UTF_8);
                }
            }
        }
    }
}
