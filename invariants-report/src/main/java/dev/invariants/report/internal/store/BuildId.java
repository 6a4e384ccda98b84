package dev.invariants.report.internal.store;

import java.util.Optional;

/**
 * Which build a report part belongs to. The test JVMs of one build are started by one process
 * (Maven, the Gradle worker, the IDE), so by default the build is that process: its pid and start
 * time, which a pid reused later does not share; shells in between are skipped. A JVM that is itself the build tool (Surefire with
 * {@code forkCount=0}, the Maven plugin) is its own build process.
 */
public final class BuildId {

    private BuildId() {}

    /** The explicit id when configured, else the process that started this JVM (or this JVM, when it is Maven). */
    public static String of(Optional<String> configured) {
        if (configured.isPresent()) {
            return sanitize(configured.get());
        }
        ProcessHandle self = ProcessHandle.current();
        if (isBuildTool()) {
            return process(self);
        }
        return launcher(self).map(BuildId::process).orElseGet(() -> process(self));
    }

    /**
     * The nearest ancestor that is not a shell: Surefire starts each fork through {@code /bin/sh -c},
     * so the forks' direct parents differ while the Maven process above them is the same.
     */
    static Optional<ProcessHandle> launcher(ProcessHandle self) {
        Optional<ProcessHandle> parent = self.parent();
        for (int depth = 0; parent.isPresent() && depth < 8; depth++) {
            ProcessHandle candidate = parent.get();
            if (!isShell(candidate.info().command().orElse(""))) {
                return candidate.info().startInstant().isPresent() ? parent : Optional.empty();
            }
            parent = candidate.parent();
        }
        return Optional.empty();
    }

    private static boolean isShell(String command) {
        String name = command.substring(Math.max(command.lastIndexOf('/'), command.lastIndexOf('\\')) + 1)
                .toLowerCase(java.util.Locale.ROOT);
        return java.util.Set.of("sh", "bash", "dash", "zsh", "ksh", "ash", "busybox", "cmd.exe", "cmd", "powershell.exe",
                "pwsh", "pwsh.exe").contains(name);
    }

    /** This process as a build id: what the test JVMs it forks will compute for their parent. */
    public static String ofThisProcess() {
        return process(ProcessHandle.current());
    }

    private static boolean isBuildTool() {
        return System.getProperty("classworlds.conf") != null || System.getProperty("maven.home") != null;
    }

    private static String process(ProcessHandle process) {
        long start = process.info().startInstant().map(i -> i.toEpochMilli()).orElse(0L);
        return "pid" + process.pid() + "-" + start;
    }

    /** Keeps ids usable in file names: letters, digits, dot, underscore and hyphen. */
    static String sanitize(String id) {
        String clean = id.replaceAll("[^A-Za-z0-9._-]", "_");
        return clean.isEmpty() ? "_" : clean;
    }
}
