package dev.invariants.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.invariants.property.fixtures.Codes;
import dev.invariants.property.fixtures.Fixtures;
import dev.invariants.property.fixtures.Tautologies;
import dev.invariants.property.fixtures.zerocode.Discounts;
import dev.invariants.property.fixtures.zerocode.Thermostat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestExecutionResult.Status;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.CompositeTestSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestIdentifier;

/**
 * The zero-code mode as users get it: no test code at all, one configuration key, a real launcher session over
 * fixture domain classes (one correct, one with a planted bug), checked by the real runtime.
 */
class ZeroCodeTests {

    private static final String ENGINE = "invariants-properties";
    private static final String PACKAGE = "dev.invariants.property.fixtures.zerocode";
    private static final String DISCOUNTS = "[engine:" + ENGINE + "]/[class:" + Discounts.class.getName() + "]";
    private static final String THERMOSTAT = "[engine:" + ENGINE + "]/[class:" + Thermostat.class.getName() + "]";

    /** Surefire and Gradle select every test class they found; Fixtures stands for one (it declares no invariant). */
    private static EngineSession everything;

    static Map<String, String> on() {
        Map<String, String> configuration = new HashMap<>();
        configuration.put("invariants.property.auto", "true");
        configuration.put("invariants.scan.packages", PACKAGE);
        configuration.put("invariants.property.seed", Long.toString(Fixtures.SEED));
        try {
            configuration.put("invariants.property.examples.dir", Files.createTempDirectory("zero-code-examples").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return configuration;
    }

    static synchronized EngineSession everything() {
        if (everything == null) {
            everything = EngineSession.run(on(), selectClass(Fixtures.class));
        }
        return everything;
    }

    static String message(TestExecutionResult result) {
        return result.getThrowable().map(Throwable::getMessage).orElse("");
    }

    @Test
    @DisplayName("should run nothing when the key is unset, whatever is selected")
    void off() {
        Map<String, String> configuration = on();
        configuration.remove("invariants.property.auto");

        EngineSession session = EngineSession.run(configuration, selectClass(Fixtures.class), selectPackage(PACKAGE),
                selectClass(Discounts.class));

        assertThat(session.ofEngine(ENGINE)).isEmpty();
        // the same request with the key on runs the planted bug: the check above could have failed
        assertThat(EngineSession.run(on(), selectClass(Discounts.class)).tests(ENGINE)).containsOnlyKeys(
                "bulk-discount-capped · percentFor(int)");
    }

    @Nested
    @DisplayName("with invariants.property.auto=true")
    class On {

        @Test
        @DisplayName("should show one container per class with invariants, linked to the class, one test per invariant")
        void tree() {
            Map<TestIdentifier, TestExecutionResult> nodes = everything().ofEngine(ENGINE);

            assertThat(nodes.keySet()).filteredOn(TestIdentifier::isContainer)
                    .extracting(TestIdentifier::getUniqueId, TestIdentifier::getDisplayName, i -> i.getSource().orElseThrow())
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(DISCOUNTS, "Discounts", ClassSource.from(Discounts.class.getName())),
                            org.assertj.core.groups.Tuple.tuple(THERMOSTAT, "Thermostat", ClassSource.from(Thermostat.class.getName())));
            // the names InvariantProperties.of(...) gives the same invariants
            assertThat(everything().tests(ENGINE)).containsOnlyKeys("bulk-discount-capped · percentFor(int)",
                    "thermostat-in-range · call sequences", "thermostat-starts · new Thermostat(int)",
                    "thermostat-clamps · set(int)");
            // a method invariant links to its method, so the IDE jumps to it; a constructor or type invariant to its
            // class, inside a composite (a bare class source leaves the test unnamed in Surefire's reports)
            assertThat(everything().test(ENGINE, "thermostat-clamps · set(int)").getSource().orElseThrow())
                    .isEqualTo(MethodSource.from(Thermostat.class.getName(), "set", "int"));
            for (String name : List.of("thermostat-starts · new Thermostat(int)", "thermostat-in-range · call sequences")) {
                assertThat(everything().test(ENGINE, name).getSource().orElseThrow()).as(name)
                        .isEqualTo(CompositeTestSource.from(List.of(ClassSource.from(Thermostat.class.getName()))));
            }
            assertThat(everything().test(ENGINE, "bulk-discount-capped · percentFor(int)").getUniqueId())
                    .isEqualTo(DISCOUNTS + "/[invariant:bulk-discount-capped]");
        }

        @Test
        @DisplayName("should fail the planted bug's test with the shrunk counterexample, the seed and how to replay it")
        void plantedBug() {
            TestExecutionResult result = everything().tests(ENGINE).get("bulk-discount-capped · percentFor(int)");

            assertThat(result.getStatus()).isEqualTo(Status.FAILED);
            // 25 comes back from 101 items upwards; shrinking lowers the quantity to the first one that fails. The
            // location is the first line of the method's body, line 13 of Discounts.java.
            assertThat(message(result)).startsWith("[bulk-discount-capped] violated by a generated input\n"
                            + "\tat dev.invariants.property.fixtures.zerocode.Discounts.percentFor(Discounts.java:13)\n"
                            + "\tcounterexample:\n"
                            + "\t  quantity = [101]\n"
                            + "\tfound after [")
                    .contains("] tries with seed [20240229], shrunk from [")
                    .contains("\treplay: -Dinvariants.property.seed=20240229\n")
                    .endsWith("\tcause: InvariantViolationError: Invariant [bulk-discount-capped] violated: post does not hold");
            assertThat(result.getThrowable().orElseThrow().getCause())
                    .isInstanceOf(dev.invariants.junit.InvariantViolationError.class)
                    .hasMessageContaining("result = [25]");
        }

        @Test
        @DisplayName("should pass every test of the correct class")
        void correctClass() {
            Map<String, TestExecutionResult> tests = everything().tests(ENGINE);

            assertThat(tests).hasSize(4);
            tests.forEach((name, result) -> {
                if (name.startsWith("thermostat-")) {
                    assertThat(result.getStatus()).as(name + ": " + message(result)).isEqualTo(Status.SUCCESSFUL);
                }
            });
            assertThat(everything().ofEngine(ENGINE).entrySet()).filteredOn(e -> e.getKey().isContainer())
                    .allMatch(e -> e.getValue().getStatus() == Status.SUCCESSFUL);
        }

        @Test
        @DisplayName("should record the generated tests in the report under the invariants they checked")
        void report() {
            String report = everything().report();
            String capped = DISCOUNTS + "/[invariant:bulk-discount-capped]";
            String clamps = THERMOSTAT + "/[invariant:thermostat-clamps]";

            JsonObject bug = invariant(report, "bulk-discount-capped");
            assertThat(bug.get("status").getAsString()).isEqualTo("violated");
            assertThat(strings(bug.getAsJsonArray("tests"))).containsExactly(capped);
            assertThat(bug.getAsJsonObject("generated").get("failed").getAsLong()).isEqualTo(1);
            JsonObject correct = invariant(report, "thermostat-clamps");
            assertThat(correct.get("status").getAsString()).isEqualTo("checked");
            assertThat(strings(correct.getAsJsonArray("tests"))).contains(clamps);
            // set(int) has no pre: every one of the 200 tries called it and checked the invariant
            assertThat(correct.getAsJsonObject("counts").get("passed").getAsLong()).isGreaterThanOrEqualTo(200);
            // and the test's own entry lists what it checked
            assertThat(strings(test(report, clamps).getAsJsonArray("invariants"))).contains("thermostat-clamps");
            assertThat(strings(test(report, capped).getAsJsonArray("invariants"))).contains("bulk-discount-capped");
        }
    }

    @Test
    @DisplayName("should keep the plain name of a test whose post could not be falsified, and flag it in a report entry")
    void unfalsified() {
        EngineSession session = EngineSession.run(on(), selectClass(Tautologies.class));

        TestIdentifier test = session.test(ENGINE, "same-result · next()");
        assertThat(session.finished().get(test).getStatus()).isEqualTo(Status.SUCCESSFUL);
        assertThat(session.entries().get(test.getUniqueId())).extracting(e -> e.getKeyValuePairs())
                .containsExactly(Map.of("invariants", "post could not be falsified"));
        // count-grows (count > old(count)) is falsified by a count that did not grow: no entry
        assertThat(session.entries()).doesNotContainKey(session.test(ENGINE, "count-grows · increment()").getUniqueId());
        assertThat(invariant(session.report(), "same-result").getAsJsonObject("generated").get("couldNotBeFalsified")
                .getAsBoolean()).isTrue();
    }

    @Nested
    @DisplayName("should narrow the run to what the selectors point at")
    class Selectors {

        @Test
        @DisplayName("a unique id: one invariant (an IDE re-running one node)")
        void uniqueId() {
            EngineSession session = EngineSession.run(on(), selectUniqueId(THERMOSTAT + "/[invariant:thermostat-starts]"));

            assertThat(session.tests(ENGINE)).containsOnlyKeys("thermostat-starts · new Thermostat(int)");
        }

        @Test
        @DisplayName("a method of a class with invariants: that method's invariants")
        void method() {
            EngineSession session = EngineSession.run(on(), selectMethod(Thermostat.class.getName(), "set", "int"));

            assertThat(session.tests(ENGINE)).containsOnlyKeys("thermostat-clamps · set(int)");
        }

        @Test
        @DisplayName("a class outside the scanned packages: its invariants, read from its class file")
        void classOutsideTheScan() {
            EngineSession session = EngineSession.run(on(), selectClass(Codes.class.getName()));

            // Codes' precondition rejects nearly every generated input: nobody asked for these tests, so the node
            // is aborted with the reason and what to provide, not failed and not silent
            Map<String, TestExecutionResult> tests = session.tests(ENGINE);
            assertThat(tests).containsOnlyKeys("six-digits · valid(String)");
            TestExecutionResult result = tests.get("six-digits · valid(String)");
            assertThat(result.getStatus()).isEqualTo(Status.ABORTED);
            assertThat(message(result)).startsWith("[six-digits] checked too few inputs: [")
                    .contains("provide a generator for [code (String)]");
        }

        @Test
        @DisplayName("a package name filter excludes its classes, though they were selected")
        void packageFilter() {
            EngineSession session = EngineSession.run(on(), List.of(
                    org.junit.platform.engine.discovery.PackageNameFilter.excludePackageNames(PACKAGE)),
                    selectClass(Fixtures.class), selectClass(Codes.class));

            assertThat(session.tests(ENGINE)).containsOnlyKeys("six-digits · valid(String)");
        }

        @Test
        @DisplayName("another engine's unique id or a test method: nothing")
        void otherEngines() {
            EngineSession session = EngineSession.run(on(),
                    selectUniqueId("[engine:junit-jupiter]/[class:" + Fixtures.class.getName() + "]"),
                    selectMethod(Fixtures.class.getName(), "examples", ""));

            assertThat(session.ofEngine(ENGINE)).isEmpty();
        }
    }

    static JsonObject invariant(String report, String id) {
        return find(report, "invariants", id);
    }

    static JsonObject test(String report, String id) {
        return find(report, "tests", id);
    }

    private static JsonObject find(String report, String array, String id) {
        return StreamSupport.stream(JsonParser.parseString(report).getAsJsonObject().getAsJsonArray(array).spliterator(), false)
                .map(JsonElement::getAsJsonObject).filter(i -> i.get("id").getAsString().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + array + " entry [" + id + "] in " + report));
    }

    private static List<String> strings(com.google.gson.JsonArray array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonElement::getAsString).toList();
    }
}
