package dev.invariants.benchmarks.percall;

import dev.invariants.junit.internal.ledger.Ledger;
import dev.invariants.junit.internal.ledger.Recorder;
import dev.invariants.junit.internal.ledger.Tally;
import java.util.List;
import org.junit.platform.launcher.LauncherSession;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Checked calls made by a running test: a real launcher session records, and the benchmark thread is
 * inside a test, started on that thread through the session's ledger exactly as the ledger's
 * execution listener does for a test the platform runs. Every evaluation takes the per-test path
 * (the thread's own lane, its current test), not the detached one.
 *
 * <p>Each benchmark subclasses it naming its invariants. Thread-scoped: JMH runs this set-up and tear-down on the benchmark thread itself.
 */
public abstract class InsideTest {

    private final List<String> checkedIds;
    private LauncherSession session;
    private Ledger ledger;
    private Tally test;

    @Setup(Level.Trial)
    public void startTest() {
        session = CheckingSession.open(configuration());
        ledger = Recorder.active();
        test = new Tally("[engine:bench]/[test:checkedCalls()]", Tally.Type.TEST,
                InsideTest.class.getName(), "checkedCalls()", "checkedCalls()");
        ledger.started(test);
    }

    /** The invariants the benchmark exercises; the tear-down proves their checks were attributed to the test. */
    protected InsideTest(String... checkedIds) {
        this.checkedIds = List.of(checkedIds);
    }

    /** The test plan's configuration parameters beyond the report directory; none by default. */
    protected java.util.Map<String, String> configuration() {
        return java.util.Map.of();
    }

    /** Checks what the benchmark recorded, before the session closes; nothing by default. */
    protected void verify(Ledger closing) {}

    @TearDown(Level.Trial)
    public void finishTest() {
        ledger.finished(test.uniqueId(), "SUCCESSFUL");
        try {
            for (String id : checkedIds) {
                long[] counts = test.counts().get(CheckingSession.indexOf(id));
                if (counts == null || counts[Recorder.PASSED] == 0) {
                    throw new IllegalStateException(id + " was not recorded for the running test: the benchmark did not take the per-test path");
                }
            }
            verify(ledger);
        } finally {
            session.close();
        }
    }
}
