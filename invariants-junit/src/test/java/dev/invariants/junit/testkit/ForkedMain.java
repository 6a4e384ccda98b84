package dev.invariants.junit.testkit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Arrays;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The main class of a forked test JVM: runs the named fixture classes through a launcher session,
 * as a build tool would, and prints one block per test ({@code ### name STATUS}, then the failure's
 * class and message).
 */
public final class ForkedMain {

    private ForkedMain() {}

    public static void main(String[] args) {
        try (LauncherSession session = LauncherFactory.openSession()) {
            session.getLauncher().execute(LauncherDiscoveryRequestBuilder.request()
                    .selectors(Arrays.stream(args).map(name -> selectClass(name)).toList()).build(),
                    new TestExecutionListener() {
                        @Override
                        public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
                            if (identifier.isTest()) {
                                System.out.println("### " + identifier.getDisplayName() + " " + result.getStatus());
                                result.getThrowable().ifPresent(t -> System.out.println(t.getClass().getName() + ": "
                                        + t.getMessage()));
                            }
                        }
                    });
        }
    }
}
