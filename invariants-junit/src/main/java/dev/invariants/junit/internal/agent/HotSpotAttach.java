package dev.invariants.junit.internal.agent;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Starts this JVM's attach listener before attaching to it, the way an attaching process would: a
 * trigger file and {@code SIGQUIT}. The attaching process then finds the listener's socket at once;
 * otherwise it signals and polls for it itself, and its first poll comes after 100 ms, which in a
 * test JVM is waited for before the first test runs. HotSpot on Linux only (the trigger's location
 * is the JVM's, not ours), and never when the signal would do something else: with attaching
 * disabled it prints a thread dump, and with {@code -Xrs} it ends the process.
 */
final class AttachListener {

    private static final Path TMP = Path.of("/tmp");

    private AttachListener() {}

    static void start() {
        try {
            if (!isHotSpotOnLinux()) {
                return;
            }
            long pid = ProcessHandle.current().pid();
            Path socket = TMP.resolve(".java_pid" + pid);
            if (Files.exists(socket) || !signalIsTheTrigger()) {
                return;
            }
            Path trigger = TMP.resolve(".attach_pid" + pid);
            try {
                Files.createFile(trigger);
            } catch (FileAlreadyExistsException e) {
                return; // another process is attaching right now
            }
            try {
                Process kill = new ProcessBuilder("kill", "-QUIT", Long.toString(pid)).start();
                if (kill.waitFor(1, TimeUnit.SECONDS) && kill.exitValue() == 0) {
                    for (int i = 0; i < 50 && !Files.exists(socket); i++) {
                        Thread.sleep(1);
                    }
                }
            } finally {
                Files.deleteIfExists(trigger);
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            // The attaching process signals and polls itself.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** HotSpot names itself "OpenJDK ... VM" or "Java HotSpot(TM) ... VM"; OpenJ9 attaches differently. */
    private static boolean isHotSpotOnLinux() {
        String vm = System.getProperty("java.vm.name", "");
        return System.getProperty("os.name", "").equals("Linux") && (vm.contains("HotSpot") || vm.startsWith("OpenJDK"));
    }

    private static boolean signalIsTheTrigger() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        return vm.getVMOption("DisableAttachMechanism").getValue().equals("false")
                && vm.getVMOption("ReduceSignalUsage").getValue().equals("false")
                && vm.getVMOption("StartAttachListener").getValue().equals("false");
    }
}
