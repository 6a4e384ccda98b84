package dev.invariants.benchmarks.percall;

import dev.invariants.junit.internal.model.InvariantRegistry;
import dev.invariants.junit.spi.InvariantDefinition;
import java.nio.file.Path;
import java.util.List;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Starts checking the way a test JVM does: a real launcher session, and a test plan whose execution
 * start installs the transformer. The session stays open, so its ledger is the one that records.
 */
public final class CheckingSession {

    private CheckingSession() {}

    public static LauncherSession open() {
        return open(java.util.Map.of());
    }

    /** As {@link #open()}, the test plan carrying these configuration parameters too. */
    public static LauncherSession open(java.util.Map<String, String> configuration) {
        LauncherSession session = LauncherFactory.openSession();
        session.getLauncher().execute(LauncherDiscoveryRequestBuilder.request()
                .configurationParameter("invariants.report.dir", reportDir())
                .configurationParameters(configuration)
                .build());
        return session;
    }

    /** The session's report is written here when it closes; kept out of the working directory. */
    public static String reportDir() {
        return Path.of(System.getProperty("java.io.tmpdir"), "invariants-bench-report-" + ProcessHandle.current().pid())
                .toString();
    }

    /** The registry index of the invariant, failing when its class was not woven (the benchmark would measure nothing). */
    public static int indexOf(String id) {
        List<InvariantDefinition> all = InvariantRegistry.all();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalStateException("invariant " + id + " is not registered: its class was not woven, the benchmark would measure nothing");
    }
}
