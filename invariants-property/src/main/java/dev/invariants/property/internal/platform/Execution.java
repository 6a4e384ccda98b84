package dev.invariants.property.internal.platform;

import dev.invariants.junit.spi.InvariantsRuntime;
import dev.invariants.property.PropertyConfiguration;
import dev.invariants.property.internal.config.PropertySettings;
import dev.invariants.property.internal.jupiter.CannotGenerate;
import dev.invariants.property.internal.jupiter.Generation;
import dev.invariants.property.internal.jupiter.PropertyNodes.GeneratedTest;
import dev.invariants.property.internal.jupiter.PropertyNodes;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.opentest4j.TestAbortedException;

/**
 * Runs the discovered tree on the launcher's thread, so the platform's {@code executionStarted} for each
 * generated test precedes its calls on the same thread and the ledger credits them to it. The tests themselves
 * are {@link PropertyNodes}' own: the same properties, messages and report statistics as one line per class.
 */
final class Execution {

    private final ExecutionRequest request;
    private final EngineExecutionListener listener;
    private final int tries;
    private final long seed;
    private final Path examples;

    Execution(ExecutionRequest request) {
        this.request = request;
        this.listener = request.getEngineExecutionListener();
        PropertySettings settings = PropertySettings.from(request.getConfigurationParameters()::get,
                InvariantsRuntime.current()::warn);
        this.tries = (int) Math.min(Integer.MAX_VALUE,
                settings.tries().orElse(PropertyConfiguration.PROPERTY_TRIES_DEFAULT));
        // one seed for the whole run, so the seed a failure prints replays every class
        this.seed = settings.seed().orElseGet(() -> new SecureRandom().nextLong());
        this.examples = settings.examplesDir();
    }

    static ClassLoader loader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : Execution.class.getClassLoader();
    }

    void run() {
        TestDescriptor root = request.getRootTestDescriptor();
        listener.executionStarted(root);
        for (TestDescriptor child : root.getChildren()) {
            if (child instanceof ClassNode type) {
                run(type);
            }
        }
        listener.executionFinished(root, TestExecutionResult.successful());
    }

    private void run(ClassNode type) {
        listener.executionStarted(type);
        Map<String, GeneratedTest> tests = new HashMap<>();
        try {
            Class<?> target = Class.forName(type.className(), false, loader());
            for (GeneratedTest test : Generation.of(target, List.of(), Map.of(), null, tries, seed, examples, null).tests()) {
                if (test.invariant() != null) {
                    tests.put(test.invariant().id(), test);
                }
            }
        } catch (Throwable e) {
            rethrowIfFatal(e);
            listener.executionFinished(type, TestExecutionResult.failed(new AssertionError("[invariants] cannot generate"
                    + " the property tests of [" + type.className() + "]: " + e, e)));
            return;
        }
        for (TestDescriptor child : type.getChildren()) {
            if (child instanceof InvariantNode invariant) {
                run(invariant, tests.get(invariant.invariantId()));
            }
        }
        listener.executionFinished(type, TestExecutionResult.successful());
    }

    private void run(InvariantNode node, GeneratedTest test) {
        listener.executionStarted(node);
        TestExecutionResult result;
        if (test == null) {
            result = TestExecutionResult.aborted(new TestAbortedException("[" + node.invariantId() + "] cannot be tested"
                    + " with generated inputs: its member was not found in the loaded class (synthetic or not public)"));
        } else {
            try {
                test.body().execute();
                if (test.name().endsWith(PropertyNodes.UNFALSIFIED)) {
                    listener.reportingEntryPublished(node, ReportEntry.from("invariants", "post could not be falsified"));
                }
                result = TestExecutionResult.successful();
            } catch (CannotGenerate nothingToTry) {
                // nobody asked for this class's tests: not a failure of the code under test, and not silence either
                result = TestExecutionResult.aborted(new TestAbortedException(nothingToTry.getMessage()));
            } catch (TestAbortedException aborted) {
                result = TestExecutionResult.aborted(aborted);
            } catch (Throwable failure) {
                rethrowIfFatal(failure);
                result = TestExecutionResult.failed(failure);
            }
        }
        listener.executionFinished(node, result);
    }

    private static void rethrowIfFatal(Throwable t) {
        if (t instanceof OutOfMemoryError fatal) {
            throw fatal;
        }
    }
}
