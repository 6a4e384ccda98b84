package dev.invariants.property;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Runs fixture classes in a fresh JVM and prints each test's result, for {@link PropertyShadedJarTests}. */
public final class ForkedMain {

    private ForkedMain() {
    }

    public static void main(String[] args) throws Exception {
        TestExecutionListener listener = new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
                if (identifier.isTest()) {
                    System.out.println("### " + identifier.getDisplayName() + " " + result.getStatus());
                    result.getThrowable().ifPresent(t -> System.out.println(t.getMessage()));
                }
            }
        };
        try (LauncherSession session = LauncherFactory.openSession()) {
            var request = LauncherDiscoveryRequestBuilder.request();
            for (String name : args) {
                request.selectors(selectClass(Class.forName(name)));
            }
            session.getLauncher().execute(request.build(), listener);
        }
    }
}
