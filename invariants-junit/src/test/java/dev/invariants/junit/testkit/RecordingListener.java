package dev.invariants.junit.testkit;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/** Keeps the result of every test, from any thread. */
final class RecordingListener implements TestExecutionListener {
    private final List<TestResult> results = new CopyOnWriteArrayList<>();

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        if (identifier.isTest()) {
            results.add(new TestResult(identifier.getUniqueId(), identifier.getDisplayName(), result.getStatus(),
                    result.getThrowable().orElse(null)));
        }
    }

    List<TestResult> results() {
        return results;
    }
}
