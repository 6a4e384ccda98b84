package dev.invariants.property;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.Filter;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * A real launcher session over discovery selectors, as a build tool or an IDE starts one: every engine on the
 * class path takes part (Jupiter, the zero-code engine), and so does the invariants runtime (agent, weaving,
 * ledger, report in a fresh directory, checking on).
 *
 * @param finished every node that finished, in order, with its result
 * @param entries  report entries published per node unique id
 * @param reportDir where the session wrote {@code invariants.json}
 */
record EngineSession(Map<TestIdentifier, TestExecutionResult> finished, Map<String, List<ReportEntry>> entries,
        Path reportDir) {

    static EngineSession run(Map<String, String> configuration, DiscoverySelector... selectors) {
        return run(configuration, List.of(), selectors);
    }

    static EngineSession run(Map<String, String> configuration, List<Filter<?>> filters, DiscoverySelector... selectors) {
        Path reportDir;
        try {
            reportDir = Files.createTempDirectory("zero-code-report");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("invariants.enabled", "true");
        parameters.put("invariants.report.dir", reportDir.toString());
        parameters.putAll(configuration);
        Map<TestIdentifier, TestExecutionResult> finished = new LinkedHashMap<>();
        Map<String, List<ReportEntry>> entries = new LinkedHashMap<>();
        TestExecutionListener listener = new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
                finished.put(identifier, result);
            }

            @Override
            public void reportingEntryPublished(TestIdentifier identifier, ReportEntry entry) {
                entries.computeIfAbsent(identifier.getUniqueId(), id -> new ArrayList<>()).add(entry);
            }
        };
        try (LauncherSession session = LauncherFactory.openSession()) {
            session.getLauncher().execute(LauncherDiscoveryRequestBuilder.request().configurationParameters(parameters)
                    .selectors(selectors).filters(filters.toArray(Filter<?>[]::new)).build(), listener);
        }
        return new EngineSession(finished, entries, reportDir);
    }

    /** The nodes of one engine, by unique id prefix {@code [engine:id]}. */
    Map<TestIdentifier, TestExecutionResult> ofEngine(String engineId) {
        Map<TestIdentifier, TestExecutionResult> nodes = new LinkedHashMap<>();
        finished.forEach((identifier, result) -> {
            if (identifier.getUniqueId().startsWith("[engine:" + engineId + "]/")) {
                nodes.put(identifier, result);
            }
        });
        return nodes;
    }

    /** Tests of one engine by display name. */
    Map<String, TestExecutionResult> tests(String engineId) {
        Map<String, TestExecutionResult> tests = new LinkedHashMap<>();
        ofEngine(engineId).forEach((identifier, result) -> {
            if (identifier.isTest()) {
                tests.put(identifier.getDisplayName(), result);
            }
        });
        return tests;
    }

    TestIdentifier test(String engineId, String displayName) {
        return ofEngine(engineId).keySet().stream().filter(i -> i.isTest() && i.getDisplayName().equals(displayName))
                .findFirst().orElseThrow(() -> new AssertionError("no test [" + displayName + "] among " + tests(engineId).keySet()));
    }

    String report() {
        try {
            return Files.readString(reportDir.resolve("invariants.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
