package dev.invariants.report.internal.store;

import java.util.Optional;

/**
 * Which build a report part belongs to. The test JVMs a build tool forks (Surefire's forked booter, a
 * Gradle test worker) belong to the process that forked them: its pid and start time, which a pid reused
 * later does not share; shells in between are skipped. A JVM that is itself the build tool (Surefire with
 * {@code forkCount=0}, the Maven plugin) is its own build process, and so is any other JVM (an IDE's test
 * runner, the console launcher): the IDE outlives its runs, and a new run must never inherit an old one's parts.
 */
public final class BuildId {

    private BuildId() {}

    /** The explicit id when configured, else the process that started this JVM (or this JVM, when it is Maven). */
    public static String of(Optional<String> configured) {
        if (configured.isPresent()) {
            return sanitize(configured.get());
        }
        ProcessHandle self = ProcessHandle.current();
        if (isBuildTool() || !isForkedByBuildTool(System.getProperty("sun.java.command", ""))) {
            return process(self);
        }
        return launcher(self).map(BuildId::process).orElseGet(() -> process(self));
    }

    /**
     * Whether this JVM runs tests for a build tool (forked by it, or the build tool itself), which chose the
     * test classes from its own scan of every test class, rather than for an IDE or a launcher given classes by name.
     */
    public static boolean isBuildToolJvm() {
        return isBuildTool() || isForkedByBuildTool(System.getProperty("sun.java.command", ""));
    }

    /** A test JVM a build tool forked for its tests: Surefire's or Failsafe's booter, a Gradle test worker. */
    static boolean isForkedByBuildTool(String javaCommand) {
        // Gradle sets org.gradle.test.worker in every test worker, whatever starts it
        return System.getProperty("org.gradle.test.worker") != null || javaCommand.contains("surefirebooter") || javaCommand.contains("org.apache.maven.surefire.booter.ForkedBooter")
                || javaCommand.startsWith("worker.org.gradle.process.internal.worker.GradleWorkerMain");
    }

    /**
     * Whether the build of a derived id ({@code pid123-1700000000000}) is still running: its process is alive
     * and started at that time. Always false for an id the user set, which names no process.
     */
    static boolean isRunning(String build) {
        java.util.regex.Matcher derived = java.util.regex.Pattern.compile("pid(\\d+)-(\\d+)").matcher(build);
        if (!derived.matches()) {
            return false;
        }
        long start = Long.parseLong(derived.group(2));
        return ProcessHandle.of(Long.parseLong(derived.group(1))).filter(ProcessHandle::isAlive)
                .map(p -> p.info().startInstant().map(i -> i.toEpochMilli()).orElse(0L) == start).orElse(false);
    }

    /** Whether {@code build} is a derived id rather than one the user set. */
    static boolean isDerived(String build) {
        return build.matches("pid\\d+-\\d+");
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
