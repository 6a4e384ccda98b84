package dev.invariants.benchmarks.percall;

import dev.invariants.junit.internal.ledger.Recorder;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Checked calls outside any recording session (the session that installed the checks has closed):
 * evaluations go to the JVM's detached ledger, as for code that runs after a test plan.
 */
public abstract class OutsideTests {

    private final List<String> checkedIds;

    /** The invariants the benchmark exercises; the tear-down proves they were checked. */
    protected OutsideTests(String... checkedIds) {
        this.checkedIds = List.of(checkedIds);
    }

    @Setup(Level.Trial)
    public void installThenClose() {
        CheckingSession.open().close();
    }

    @TearDown(Level.Trial)
    public void verify() {
        for (String id : checkedIds) {
            if (Recorder.count(CheckingSession.indexOf(id), Recorder.PASSED) == 0) {
                throw new IllegalStateException(id + " was never checked: the benchmark measured nothing");
            }
        }
    }
}
