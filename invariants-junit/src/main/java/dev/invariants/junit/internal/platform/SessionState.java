package dev.invariants.junit.internal.platform;

import dev.invariants.junit.InvariantsConfiguration;
import dev.invariants.junit.internal.config.Settings;
import dev.invariants.junit.internal.config.Timing;
import dev.invariants.junit.internal.config.Warnings;
import dev.invariants.junit.internal.ledger.Ledger;
import dev.invariants.junit.internal.ledger.Recorder;
import dev.invariants.junit.internal.model.InvariantRegistry;
import dev.invariants.junit.internal.scan.DeclaredSet;
import dev.invariants.report.Report;
import dev.invariants.report.internal.merge.Gate;
import dev.invariants.report.internal.store.BuildId;
import dev.invariants.report.internal.store.PartStore;
import dev.invariants.report.internal.write.ConsoleSummary;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One launcher session: its ledger, its declared-set scan (started early, on its own thread, so it
 * overlaps JUnit's discovery), and at the end its part of the report, the merge, the summary and the gate.
 */
final class SessionState {

    private static final AtomicInteger SESSIONS = new AtomicInteger();

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
    private DefinitionFailure definitionFailure;

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
            partName = "pid" + ProcessHandle.current().pid() + "-s" + SESSIONS.incrementAndGet();
            store = new PartStore(full.reportDir(), Warnings::warn);
            try {
                running = store.running(build, partName);
            } catch (Exception e) {
                running = null; // the write at the end reports the unwritable directory once
            }
        }
        return true;
    }

    /** The full configuration of the test plan executing in this session, or {@code null} before one started. */
    Settings planSettings() {
        return planSettings;
    }

    Ledger ledger() {
        return ledger;
    }

    /** Writes this JVM's part, merges, prints the summary; then the gate, which may throw {@link GateFailure}. */
    void closed(PrintStream out) {
        deactivate();
        if (!recording) {
            return;
        }
        long start = System.nanoTime();
        long[] report = Timing.Total.start();
        ledger.close();
        DeclaredSet declared = declared();
        java.util.Map<String, String> unreached = DefinitionSweep.problems(declared, loader);
        Report part = ReportAssembler.assemble(build, declared, InvariantRegistry.all(), ledger, unreached);
        definitionFailure = DefinitionFailure.of(part, unreached.values(), declared.problems());
        Report merged = part;
        int stillRunning = 0;
        try {
            PartStore.Published published = store.publish(part, partName, running);
            merged = published.merged();
            stillRunning = published.stillRunning();
        } catch (Exception e) {
            Warnings.warn("cannot write the report to " + store.dir().toAbsolutePath() + " (" + e
                    + "); test results are unaffected, the summary below covers this JVM only.");
            closeQuietly();
        }
        out.print(ConsoleSummary.render(merged, store.htmlFile()));
        out.println(ConsoleSummary.PREFIX + declared.describe());
        Timing.report("assembled, wrote and printed the report", start, System.nanoTime());
        Timing.total("the report at session close").add(report, false);
        Timing.printTotals();
        OptionalDouble minimum = settings.gateMinCoverage();
        if (minimum.isEmpty()) {
            return;
        }
        if (stillRunning > 0) {
            out.println(ConsoleSummary.PREFIX + "gate: " + stillRunning + " other test JVM"
                    + (stillRunning == 1 ? " of this build is" : "s of this build are")
                    + " still running; the last one to finish applies the gate to the merged report");
            return;
        }
        Optional<String> failure = Gate.check(merged, minimum.getAsDouble(), false,
                InvariantsConfiguration.GATE_MIN_COVERAGE + "=" + settings.raw(InvariantsConfiguration.GATE_MIN_COVERAGE)
                        .orElse(""));
        if (failure.isPresent()) {
            throw new GateFailure(failure.get());
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
