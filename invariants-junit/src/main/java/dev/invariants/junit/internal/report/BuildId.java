package dev.invariants.junit.internal.report;

import java.util.Optional;

/**
 * Which build a report part belongs to. The test JVMs of one build are started by one process
 * (Maven, the Gradle worker, the IDE), so by default the build is that process: its pid and start
 * time, which a pid reused later does not share. A JVM that is itself the build tool (Surefire with
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
        return self.parent().filter(p -> p.info().startInstant().isPresent()).map(BuildId::process)
                .orElseGet(() -> process(self));
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
