package dev.invariants.pitest.internal.minion;

import dev.invariants.pitest.internal.kill.Failure;
import dev.invariants.pitest.internal.kill.KillName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.pitest.testapi.AbstractTestUnit;
import org.pitest.testapi.Description;
import org.pitest.testapi.ResultCollector;
import org.pitest.testapi.TestGroupConfig;

/**
 * One test method, run through the Launcher by its unique id. A failure anywhere in the run (the method, one of
 * its invocations, or a container around it whose set-up failed) fails the unit, and is reported under a
 * {@link KillName} naming what failed it: the minion is the one place that sees the {@code Throwable}, and the
 * failing test's name is what PIT passes on to its result listeners. An aborted test (a failed assumption) passes,
 * as PIT's own plugins treat it.
 */
final class PlatformTestUnit extends AbstractTestUnit {

    private final String uniqueId;

    PlatformTestUnit(Class<?> testClass, String uniqueId) {
        super(new Description(uniqueId, testClass));
        this.uniqueId = uniqueId;
    }

    @Override
    public void execute(ResultCollector collector) {
        Description description = getDescription();
        collector.notifyStart(description);
        Outcome outcome = new Outcome();
        MinionLauncher.get().execute(
                PlatformUnitFinder.request(DiscoverySelectors.selectUniqueId(uniqueId), TestGroupConfig.emptyConfig()),
                outcome);
        if (!outcome.failures.isEmpty()) {
            Failure failure = Failure.of(List.copyOf(outcome.failures));
            String name = KillName.encode(description.getName(), failure);
            collector.notifyEnd(new Description(name, description.getFirstTestClass()), outcome.failures.get(0));
        } else if (outcome.skipped && !outcome.ran) {
            collector.notifySkipped(description);
        } else {
            collector.notifyEnd(description);
        }
    }

    @Override
    public String toString() {
        return "PlatformTestUnit[" + uniqueId + "]";
    }

    /** What the run of one unit did; the launcher calls back on the thread that executes it. */
    private static final class Outcome implements TestExecutionListener {
        final List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        volatile boolean ran;
        volatile boolean skipped;

        @Override
        public void executionSkipped(TestIdentifier identifier, String reason) {
            skipped = true;
        }

        @Override
        public void executionStarted(TestIdentifier identifier) {
            if (identifier.isTest()) {
                ran = true;
            }
        }

        @Override
        public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
            if (result.getStatus() == TestExecutionResult.Status.FAILED) {
                failures.add(result.getThrowable().orElseGet(() -> new AssertionError(identifier.getDisplayName() + " failed")));
            }
        }
    }
}
