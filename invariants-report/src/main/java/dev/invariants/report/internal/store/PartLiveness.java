package dev.invariants.report.internal.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which JVMs of a build are still running and which died, told from the report directory alone: a running
 * session holds a lock on its marker file, and the operating system drops the lock when that JVM ends,
 * however it ends. Kept apart from {@link PartStore}, which publishes, because these answers come from
 * processes and locks, not from the files' content.
 */
final class PartLiveness {

    private PartLiveness() {}

    /**
     * The other JVMs of this build that have not published yet: those holding a running marker, and
     * sibling Surefire forks (found under the same build process) that have not written a part, which
     * covers a fork still starting up when this one finishes.
     */
    static int stillRunning(Path parts, String build) throws IOException {
        Set<Long> running = new HashSet<>();
        Set<Long> published = new HashSet<>();
        try (Stream<Path> files = Files.list(parts)) {
            for (Path file : files.filter(p -> PartStore.buildOf(p).equals(build)).toList()) {
                long pid = pidOf(file);
                if (file.toString().endsWith(".json")) {
                    published.add(pid);
                } else if (file.toString().endsWith(".running") && isHeldByAnotherProcess(file)) {
                    running.add(pid);
                }
            }
        }
        long self = ProcessHandle.current().pid();
        BuildId.launcher(ProcessHandle.current()).ifPresent(launcher -> launcher.descendants()
                .filter(p -> p.pid() != self && p.isAlive() && !published.contains(p.pid()))
                .filter(PartLiveness::isSurefireFork).forEach(p -> running.add(p.pid())));
        running.remove(self);
        return running.size();
    }

    /**
     * The sessions of this build that started (their marker exists) but whose JVM is gone without
     * publishing: nobody holds the marker's lock and no part of that JVM exists.
     */
    static List<String> crashed(Path parts, String build) throws IOException {
        List<String> missing = new ArrayList<>();
        Set<String> published = new HashSet<>();
        List<Path> markers = new ArrayList<>();
        try (Stream<Path> files = Files.list(parts)) {
            for (Path file : files.filter(p -> PartStore.buildOf(p).equals(build)).sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".json")) {
                    published.add(name.substring(0, name.length() - ".json".length()));
                } else if (name.endsWith(".running")) {
                    markers.add(file);
                }
            }
        }
        for (Path marker : markers) {
            String name = marker.getFileName().toString();
            String session = name.substring(0, name.length() - ".running".length());
            if (!published.contains(session) && !isHeldByAnotherProcess(marker) && !isHeldHere(marker)) {
                long pid = pidOf(marker);
                missing.add("the test JVM " + (pid < 0 ? session : "pid " + pid) + " started a session and ended"
                        + " without finishing it (killed or crashed): its tests are not in this report");
            }
        }
        return missing;
    }

    /** A marker of a session still open in this JVM (an outer session while an inner one publishes). */
    private static boolean isHeldHere(Path marker) {
        try (FileChannel channel = FileChannel.open(marker, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                lock.release();
            }
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isSurefireFork(ProcessHandle process) {
        ProcessHandle.Info info = process.info();
        String command = info.command().orElse("");
        boolean java = command.endsWith("/java") || command.endsWith("\\java.exe") || command.equals("java");
        return java && info.arguments().map(args -> String.join(" ", args)).orElse("").contains("surefire");
    }

    /** The pid in {@code BUILD--pid123-s1.json}, or -1. */
    private static long pidOf(Path file) {
        String name = file.getFileName().toString();
        int start = name.indexOf(PartStore.SEPARATOR + "pid");
        if (start < 0) {
            return -1;
        }
        int from = start + PartStore.SEPARATOR.length() + 3;
        int end = from;
        while (end < name.length() && Character.isDigit(name.charAt(end))) {
            end++;
        }
        return end == from ? -1 : Long.parseLong(name.substring(from, end));
    }

    /** A marker whose lock another process holds: that JVM is alive and its session has not finished. */
    static boolean isHeldByAnotherProcess(Path marker) {
        try (FileChannel channel = FileChannel.open(marker, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return false; // held by this JVM: another session here, not another test JVM
        } catch (IOException e) {
            return false;
        }
    }
}
