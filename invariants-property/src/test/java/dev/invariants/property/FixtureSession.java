package dev.invariants.property;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs fixture test classes the way a build tool does: a real launcher session in this JVM, so the
 * invariants runtime (agent, weaving, ledger, report) takes part, with checking on and the report in
 * a fresh directory.
 *
 * @param results every finished test by display name
 * @param reportDir where the session wrote {@code invariants.json}
 */
record FixtureSession(Map<String, TestExecutionResult> results, Map<String, String> uniqueIds, Path reportDir) {

    static FixtureSession run(Class<?>... testCases) {
        return run(Map.of(), testCases);
    }

    static FixtureSession run(Map<String, String> configuration, Class<?>... testCases) {
        Path reportDir;
        try {
            reportDir = Files.createTempDirectory("property-report");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("invariants.enabled", "true");
        parameters.put("invariants.report.dir", reportDir.toString());
        parameters.putAll(configuration);
        Map<String, TestExecutionResult> results = new LinkedHashMap<>();
        Map<String, String> uniqueIds = new LinkedHashMap<>();
        TestExecutionListener listener = new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
                if (identifier.isTest()) {
                    results.put(identifier.getDisplayName(), result);
                    uniqueIds.put(identifier.getDisplayName(), identifier.getUniqueId());
                }
            }
        };
        try (LauncherSession session = LauncherFactory.openSession()) {
            var request = LauncherDiscoveryRequestBuilder.request().configurationParameters(parameters);
            for (Class<?> testCase : testCases) {
                request.selectors(selectClass(testCase));
            }
            session.getLauncher().execute(request.build(), listener);
        }
        return new FixtureSession(results, uniqueIds, reportDir);
    }

    TestExecutionResult result(String displayName) {
        TestExecutionResult result = results.get(displayName);
        if (result == null) {
            throw new AssertionError("no test named [" + displayName + "] among " + results.keySet());
        }
        return result;
    }

    String message(String displayName) {
        return result(displayName).getThrowable().map(Throwable::getMessage).orElse("");
    }

    String page() {
        try {
            return Files.readString(reportDir.resolve("index.html"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String report() {
        try {
            return Files.readString(reportDir.resolve("invariants.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
