package dev.invariants.junit.internal.platform;

import dev.invariants.junit.InvariantsConfiguration;
import dev.invariants.junit.internal.config.Settings;
import dev.invariants.junit.internal.config.Timing;
import dev.invariants.junit.internal.config.Warnings;
import dev.invariants.junit.internal.ledger.Ledger;
import dev.invariants.junit.internal.ledger.Recorder;
import dev.invariants.junit.internal.model.InvariantRegistry;
import dev.invariants.junit.internal.scan.DeclaredSet;
import dev.invariants.report.GateRule;
import dev.invariants.report.Report;
import dev.invariants.report.internal.store.BuildId;
import dev.invariants.report.internal.store.PartStore;
import dev.invariants.report.internal.store.PartStore.Published;
import dev.invariants.report.internal.store.PreviousReport;
import dev.invariants.report.internal.write.ConsoleSummary;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One launcher session: its ledger, its declared-set scan (started early, on its own thread, so it
 * overlaps JUnit's discovery), and at the end its part of the report, the merge, the summary and the gate.
 */
final class SessionState {

    private static final AtomicInteger SESSIONS = new AtomicInteger();
    /** How long the exit hook may take to publish: the JVM waits for it, and a hook must not hang the build. */
    static final long EXIT_BUDGET_MILLIS = 10_000;

    private final ClassLoader loader;
    private final Ledger ledger = new Ledger();
    private Ledger previous;
    private boolean active;
    private CompletableFuture<DeclaredSet> scan;
    private List<String> scanPackages;
    private List<String> scanJars;
    private Settings settings;
    private volatile Settings planSettings;
    private boolean recording;
    private String build;
    private String partName;
    private PartStore store;
    private PartStore.Running running;
    private Thread exitHook;
    private final AtomicBoolean finished = new AtomicBoolean();
    private boolean derivedBuild;
    private volatile String partial;
    private DefinitionFailure definitionFailure;
    private SwallowedFailure swallowedFailure;

    SessionState(ClassLoader loader) {
        this.loader = loader;
    }

    /** At session open, with what system properties and junit-platform.properties say. */
    void opened(Settings early) {
        if (!early.enabled()) {
            return;
        }
        startScan(early.scanPackages(), early.scanJars());
        activate();
    }

    /** At the start of a test plan, with the full configuration. */
    synchronized boolean planStarted(Settings full) {
        planSettings = full;
        if (!full.enabled()) {
            if (!recording) {
                deactivate();
            }
            return false;
        }
        if (!recording) {
            recording = true;
            settings = full;
            if (scan == null || !full.scanPackages().equals(scanPackages)
                    || !full.scanJars().equals(scanJars)) {
                startScan(full.scanPackages(), full.scanJars());
            }
            activate();
            build = BuildId.of(full.reportBuildId());
            derivedBuild = full.reportBuildId().isEmpty();
            partName = "pid" + ProcessHandle.current().pid() + "-s" + SESSIONS.incrementAndGet();
            store = new PartStore(full.reportDir(), Warnings::warn);
            try {
                PreviousReport.retire(store.dir(), build);
                running = store.running(build, partName);
            } catch (Exception e) {
                running = null; // the write at the end reports the unwritable directory once
            }
            exitHook = new Thread(this::exiting, "invariants-exit");
            try {
                Runtime.getRuntime().addShutdownHook(exitHook);
            } catch (IllegalStateException alreadyExiting) {
                exitHook = null;
            }
        }
        return true;
    }

    /** A discovery request of this session selected part of the suite, for the reason given ({@link Selection}). */
    void partial(String why) {
        if (partial == null) {
            partial = why;
        }
    }

    /** The full configuration of the test plan executing in this session, or {@code null} before one started. */
    Settings planSettings() {
        return planSettings;
    }

    Ledger ledger() {
        return ledger;
    }

    /**
     * Writes this JVM's part, merges, prints the summary; then the gate, which may throw {@link GateFailure},
     * as does an invalid value of a key that asks for a check ({@link Settings#refusals()}).
     */
    void closed(PrintStream out) {
        deactivate();
        if (!recording || !finished.compareAndSet(false, true)) {
            return;
        }
        removeExitHook();
        if (!settings.reportWrite()) {
            return;
        }
        Published published = publish(out);
        List<String> refusals = settings.refusals();
        if (!refusals.isEmpty()) {
            throw new GateFailure(String.join("\n", refusals));
        }
        SessionGate.apply(settings, published, partial, out);
    }

    /**
     * The JVM exits with the session still open ({@code System.exit} in a test, a signal): this JVM's part is
     * published all the same, within {@link #EXIT_BUDGET_MILLIS}, so that its tests are not lost. The tests
     * running then are reported {@code ABORTED}. No gate: the exit status is no longer ours to set.
     */
    private void exiting() {
        if (!finished.compareAndSet(false, true)) {
            return;
        }
        deactivate();
        if (!settings.reportWrite()) {
            return; // a JVM that writes no report (a PIT minion) exits without one, by design
        }
        Warnings.warn(ExitMessages.exiting(ledger.abortRunning()));
        Thread worker = new Thread(() -> {
            try {
                // Standard error: a build tool reading the fork's standard output may be gone by now (Surefire's is).
                publish(System.err);
            } catch (RuntimeException | LinkageError e) {
                Warnings.warn("the invariants report could not be produced: " + e);
            }
        }, "invariants-exit-report");
        worker.setDaemon(true);
        worker.start();
        try {
            worker.join(EXIT_BUDGET_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (worker.isAlive()) {
            // Every file is moved into place whole, so what is cut off here leaves no half-written report.
            Warnings.warn(ExitMessages.outOfTime(EXIT_BUDGET_MILLIS));
        }
    }

    private Published publish(PrintStream out) {
        long start = System.nanoTime();
        long[] report = Timing.Total.start();
        ledger.close();
        DeclaredSet declared = declared();
        java.util.Map<String, String> unreached = DefinitionSweep.problems(declared, loader);
        Report part = ReportAssembler.assemble(build, declared, InvariantRegistry.all(), ledger, unreached)
                .withGate(gateRule());
        definitionFailure = DefinitionFailure.of(part, unreached.values(), declared.problems());
        swallowed(part);
        Published published;
        Path html = store.htmlFile();
        try {
            published = store.publish(part, partName, running, derivedBuild, SessionGate.ratchet(settings, partial));
        } catch (Exception e) {
            Warnings.warn("cannot write the report to " + store.dir().toAbsolutePath() + " (" + e
                    + "); test results are unaffected, the summary below covers this JVM only.");
            closeQuietly();
            published = new Published(SessionGate.ratchet(settings, partial).apply(part), 0);
            html = null;
        }
        out.print(ConsoleSummary.render(published.merged(), html, settings.consoleLimit()));
        out.println(ConsoleSummary.PREFIX + declared.describe());
        Timing.report("assembled, wrote and printed the report", start, System.nanoTime());
        Timing.total("the report at session close").add(report, false);
        Timing.printTotals();
        return published;
    }

    /** This JVM's swallowed violations: the failure at close, or a warning when configured so. */
    private void swallowed(Report part) {
        if (settings.failOnSwallowedViolations()) {
            swallowedFailure = SwallowedFailure.of(part);
        } else {
            String warning = SwallowedFailure.warning(part);
            if (warning != null) {
                Warnings.warn(warning);
            }
        }
    }

    /** After {@link #closed}: the failure naming this session's swallowed violations, or {@code null}. */
    SwallowedFailure swallowedFailure() {
        return swallowedFailure;
    }

    /** The gate as {@link #closed} applies it, for the page's verdict; {@code null} when none is set. */
    private GateRule gateRule() {
        OptionalDouble minimum = settings.gateMinCoverage();
        boolean ratchet = settings.gateBaseline().isPresent();
        if (minimum.isEmpty() && !ratchet) {
            return null;
        }
        String notApplied = partial != null && !settings.gatePartialRuns() ? "a partial run (" + partial + ")"
                : SurefireFork.isOnePerTestSet() ? "each test class ran in a JVM of its own (reuseForks=false);"
                        + " the invariants-maven-plugin's check goal gates the merged report" : null;
        if (notApplied == null && ratchet) {
            // the run fails naming the file (SessionGate): the page says why no comparison is there
            notApplied = SessionGate.unreadableBaseline(settings);
        }
        // The ratchet's verdict is the report's baseline section; the rule names both settings the gate applies.
        return new GateRule(minimum.isPresent() ? minimum.getAsDouble() : GateRule.NO_MINIMUM, false,
                gateSetting(minimum.isPresent(), ratchet), notApplied, settings.gateCountGenerated(),
                settings.gateCountOutsideTests());
    }

    /** The settings the gate applies, as messages quote them: {@code invariants.gate.min-coverage=0.8, invariants.gate.baseline=b.json}. */
    private String gateSetting(boolean minimum, boolean ratchet) {
        List<String> applied = new java.util.ArrayList<>();
        if (minimum) {
            applied.add(setting(InvariantsConfiguration.GATE_MIN_COVERAGE));
        }
        if (ratchet) {
            applied.add(setting(InvariantsConfiguration.GATE_BASELINE));
        }
        return String.join(", ", applied);
    }

    private String setting(String key) {
        return key + "=" + settings.raw(key).orElse("");
    }

    private void removeExitHook() {
        if (exitHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(exitHook);
            } catch (IllegalStateException exiting) {
                // the JVM is exiting: the hook finds the session finished and does nothing
            }
        }
    }

    /** After {@link #closed}: the failure naming this session's definition errors, or {@code null}. */
    DefinitionFailure definitionFailure() {
        return definitionFailure;
    }

    /** The declared set for these scan keys, shared with the report when they are the session's (see {@link CurrentRun#declared}). */
    DeclaredSet declared(List<String> packages, List<String> jars) {
        CompletableFuture<DeclaredSet> future = null;
        synchronized (this) {
            boolean matches = scan != null && packages.equals(scanPackages) && jars.equals(scanJars);
            if (matches || !recording) {
                if (!matches) {
                    startScan(packages, jars);
                }
                future = scan;
            }
        }
        // a plan already records with other scan keys: its report keeps them, this caller scans on its own
        return future != null ? future.join() : DeclaredSet.scan(loader, packages, jars, Warnings::warn);
    }

    private DeclaredSet declared() {
        try {
            return scan == null ? DeclaredSet.EMPTY : scan.join();
        } catch (RuntimeException e) {
            Warnings.warn("cannot scan the classpath for declared invariants (" + e.getCause()
                    + "); the report lists only the invariants the tests evaluated.");
            return DeclaredSet.EMPTY;
        }
    }

    private void startScan(List<String> packages, List<String> jars) {
        scanPackages = packages;
        scanJars = jars;
        CompletableFuture<DeclaredSet> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                long start = System.nanoTime();
                future.complete(DeclaredSet.scan(loader, packages, jars, Warnings::warn));
                Timing.report("scanned for declared invariants (background)", start, System.nanoTime());
            } catch (Throwable t) {
                future.completeExceptionally(t);
            }
        }, "invariants-scan");
        thread.setDaemon(true);
        thread.setContextClassLoader(loader);
        thread.start();
        scan = future;
    }

    private synchronized void activate() {
        if (!active) {
            previous = Recorder.activate(ledger);
            active = true;
        }
    }

    private synchronized void deactivate() {
        if (active) {
            Recorder.deactivate(ledger, previous);
            active = false;
        }
    }

    private void closeQuietly() {
        if (running != null) {
            try {
                running.close();
            } catch (Exception ignored) {
                // the marker's lock dies with the JVM anyway
            }
        }
    }
}
