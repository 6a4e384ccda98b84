package dev.invariants.junit.testkit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs fixture test classes through a real JUnit Platform launcher session in this JVM, the way
 * Surefire and IDEs do: every service-loaded listener of ours takes part (the runtime's activation
 * installs assertion counting itself). Captures what a user sees:
 * each test's result and failure message, and what was printed while the session ran and closed.
 *
 * <pre>{@code
 * FixtureRunResult result = FixtureRun.of(FeeCalculatorTestCase.class)
 *         .configuration("invariants.report.dir", reportDir.toString())
 *         .execute();
 * assertThat(result.test("capsPremiumFees()").failureMessage()).contains("premium-fee-cap");
 * }</pre>
 */
public final class FixtureRun {

    private final List<DiscoverySelector> selectors;
    private final Map<String, String> configuration = new LinkedHashMap<>();

    private FixtureRun(List<DiscoverySelector> selectors) {
        this.selectors = selectors;
        configuration.put("invariants.enabled", "true");
    }

    /** A run over the given fixture test classes. */
    public static FixtureRun of(Class<?>... testClasses) {
        return new FixtureRun(Arrays.stream(testClasses).map(c -> (DiscoverySelector) selectClass(c)).toList());
    }

    /** A run of what the selectors name, e.g. one method as an IDE re-runs it. */
    public static FixtureRun selecting(DiscoverySelector... selectors) {
        return new FixtureRun(Arrays.asList(selectors));
    }

    /** Adds a configuration parameter, as Surefire's {@code <configurationParameters>} would. */
    public FixtureRun configuration(String key, String value) {
        configuration.put(key, value);
        return this;
    }

    /**
     * Opens a session, runs the classes, closes the session. An exception thrown while the session
     * closes (the gate) is captured in the result rather than thrown, as Surefire would report it.
     */
    public FixtureRunResult execute() {
        RecordingListener listener = new RecordingListener();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        Throwable closeFailure = null;
        System.setOut(new PrintStream(new TeeStream(out, originalOut), true, StandardCharsets.UTF_8));
        try {
            LauncherSession session = LauncherFactory.openSession();
            try {
                session.getLauncher().execute(LauncherDiscoveryRequestBuilder.request()
                        .selectors(selectors)
                        .configurationParameters(configuration)
                        .build(), listener);
            } finally {
                try {
                    session.close();
                } catch (RuntimeException | Error e) {
                    closeFailure = e;
                }
            }
        } finally {
            System.setOut(originalOut);
        }
        return new FixtureRunResult(new ArrayList<>(listener.results()), out.toString(StandardCharsets.UTF_8),
                closeFailure);
    }
}
