package dev.invariants.pitest.internal.minion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The one launcher session of a minion JVM, opened on first use and never closed.
 *
 * <p>One session, not one per test unit: the invariants runtime does its per-session work (scanning the declared
 * set, starting a report) once instead of for every unit of every mutant. Never closed: the minion ends with its
 * JVM. Runs over mutated code are not the suite's, so every request says {@code invariants.report.write=false}
 * (no report, no summary, no gate, not even when the JVM exits) and points {@code invariants.report.dir} at a
 * temporary directory, since a run starting would otherwise retire the project's own report in
 * {@code target/invariants}.
 */
final class MinionLauncher {

    private static LauncherSession session;
    private static Map<String, String> parameters;

    private MinionLauncher() {}

    static synchronized Launcher get() {
        if (session == null) {
            session = LauncherFactory.openSession();
        }
        return session.getLauncher();
    }

    /** The configuration parameters every request of the minion carries. */
    static synchronized Map<String, String> parameters() {
        if (parameters == null) {
            parameters = Map.of("invariants.report.dir", reportDir(), "invariants.report.write", "false",
                    // PIT attributes coverage to the test running on the thread it watches: no parallel execution.
                    "junit.jupiter.execution.parallel.enabled", "false");
        }
        return parameters;
    }

    private static String reportDir() {
        try {
            Path dir = Files.createTempDirectory("invariants-pit-");
            return dir.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the minion's scratch report directory", e);
        }
    }
}
