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
 * set, starting a report) once instead of for every unit of every mutant. Never closed, because closing would
 * write an invariants report of runs over mutated code, and apply the project's invariants gates to them; the
 * minion ends with its JVM. For the same reason every request points {@code invariants.report.dir} at a
 * temporary directory: the runtime would otherwise retire the project's real report at {@code target/invariants}.
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
            parameters = Map.of("invariants.report.dir", reportDir(),
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
