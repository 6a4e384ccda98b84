package dev.invariants.junit.internal.platform;

import dev.invariants.junit.internal.config.Settings;
import dev.invariants.junit.internal.ledger.Ledger;
import dev.invariants.junit.internal.ledger.Tally;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Service-loaded. Keeps the current test of every thread: the platform calls
 * {@code executionStarted} and {@code executionFinished} on the thread that runs the node, in
 * sequential and parallel execution alike, so the ledger's per-thread stack follows it.
 */
public final class LedgerListener implements TestExecutionListener {

    private volatile Ledger ledger;
    private volatile TestPlan plan;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        SessionState state = Sessions.innermost();
        if (state == null) {
            return;
        }
        Settings full = Settings.from(key -> testPlan.getConfigurationParameters().get(key));
        if (state.planStarted(full)) {
            this.plan = testPlan;
            this.ledger = state.ledger();
        } else {
            this.ledger = null;
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        this.ledger = null;
    }

    @Override
    public void executionStarted(TestIdentifier identifier) {
        Ledger current = ledger;
        if (current != null) {
            Tally target = new Tally(identifier.getUniqueId(),
                    identifier.isTest() ? Tally.Type.TEST : Tally.Type.CONTAINER, className(identifier),
                    identifier.getLegacyReportingName(), identifier.getDisplayName());
            if (identifier.isTest()) {
                target.claims(Claims.of(identifier, plan));
                target.method(method(identifier));
            }
            current.started(target);
        }
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        Ledger current = ledger;
        if (current != null) {
            current.finished(identifier.getUniqueId(), result.getStatus().name());
        }
    }

    private static java.lang.reflect.Method method(TestIdentifier identifier) {
        if (identifier.getSource().orElse(null) instanceof MethodSource source) {
            try {
                return source.getJavaMethod();
            } catch (RuntimeException | LinkageError e) {
                return null;
            }
        }
        return null;
    }

    private String className(TestIdentifier identifier) {
        TestIdentifier node = identifier;
        while (node != null) {
            Optional<TestSource> source = node.getSource();
            if (source.isPresent() && source.get() instanceof MethodSource method) {
                return method.getClassName();
            }
            if (source.isPresent() && source.get() instanceof ClassSource type) {
                return type.getClassName();
            }
            TestPlan current = plan;
            node = current == null ? null : current.getParent(node).orElse(null);
        }
        return null;
    }
}
