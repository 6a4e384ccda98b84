package dev.invariants.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.invariants.property.fixtures.Fixtures;
import dev.invariants.property.fixtures.written.ShippingTestCase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Zero-code mode beside a written suite that checks one of two invariants: the report keeps both truths, and
 * the gate judges what the written tests checked (issue 15 item 4).
 */
class WrittenVersusGeneratedTests {

    private static final String FREE = "dev.invariants.property.fixtures.written.Shipping.shippingFor(Shipping.java:18)";

    /** What a session printed and threw when it closed, and the report it wrote. */
    private record Closed(String output, Throwable closeFailure, JsonObject report, String page) {

        JsonObject invariant(String id) {
            for (JsonElement each : report.getAsJsonArray("invariants")) {
                if (each.getAsJsonObject().get("id").getAsString().equals(id)) {
                    return each.getAsJsonObject();
                }
            }
            throw new AssertionError("no invariant " + id);
        }

        List<String> signals(String id) {
            List<String> kinds = new ArrayList<>();
            invariant(id).getAsJsonArray("signals").forEach(e -> kinds.add(e.getAsJsonObject().get("kind").getAsString()));
            return kinds;
        }
    }

    private static Closed run(Map<String, String> extra) throws IOException {
        Path reportDir = Files.createTempDirectory("written-generated");
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("invariants.enabled", "true");
        parameters.put("invariants.report.dir", reportDir.toString());
        parameters.put("invariants.property.auto", "true");
        parameters.put("invariants.scan.packages", "dev.invariants.property.fixtures.written");
        parameters.put("invariants.property.seed", Long.toString(Fixtures.SEED));
        parameters.put("invariants.property.examples.dir", Files.createTempDirectory("written-examples").toString());
        parameters.put("invariants.gate.min-coverage", "1");
        parameters.putAll(extra);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        Throwable closeFailure = null;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            LauncherSession session = LauncherFactory.openSession();
            try {
                session.getLauncher().execute(LauncherDiscoveryRequestBuilder.request().configurationParameters(parameters)
                        .selectors(selectClass(ShippingTestCase.class)).build());
            } finally {
                try {
                    session.close();
                } catch (RuntimeException | Error e) {
                    closeFailure = e;
                }
            }
        } finally {
            System.setOut(original);
        }
        JsonObject report = JsonParser.parseString(Files.readString(reportDir.resolve("invariants.json"))).getAsJsonObject();
        return new Closed(out.toString(StandardCharsets.UTF_8), closeFailure, report,
                Files.readString(reportDir.resolve("index.html"), StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("should fail the gate on what written tests checked, naming the invariant only generated tests checked")
    void gateJudgesWrittenTests() throws IOException {
        Closed closed = run(Map.of());

        assertThat(closed.closeFailure()).isInstanceOf(AssertionError.class).hasMessage("""
                invariant coverage 50.0% is below the minimum 100.0% (invariants.gate.min-coverage=1): 1 of 2 \
                invariants checked
                checked only by generated tests, no written test (invariants.gate.count-generated=true counts them):
                    free-above-limit at\s""" + FREE);
        // the summary's coverage keeps every check: both truths are in the report
        assertThat(closed.report().getAsJsonObject("summary").get("coverage").getAsDouble()).isEqualTo(1.0);
    }

    @Test
    @DisplayName("should count generated tests with invariants.gate.count-generated=true")
    void countGeneratedOnRequest() throws IOException {
        Closed closed = run(Map.of("invariants.gate.count-generated", "true"));

        assertThat(closed.closeFailure()).isNull();
    }

    @Test
    @DisplayName("should say per invariant, per test and in the summary who checked what, with one console line")
    void bothTruths() throws IOException {
        Closed closed = run(Map.of());

        JsonObject fee = closed.invariant("handling-fee-non-negative").getAsJsonObject("checkedBy");
        assertThat(fee.get("writtenTests").getAsBoolean()).isTrue();
        assertThat(fee.get("generatedTests").getAsBoolean()).isTrue();
        JsonObject free = closed.invariant("free-above-limit").getAsJsonObject("checkedBy");
        assertThat(free.get("writtenTests").getAsBoolean()).isFalse();
        assertThat(free.get("generatedTests").getAsBoolean()).isTrue();
        JsonObject summary = closed.report().getAsJsonObject("summary");
        assertThat(summary.get("checkedByWrittenTests").getAsInt()).isEqualTo(1);
        assertThat(summary.get("checkedByGeneratedTests").getAsInt()).isEqualTo(2);
        Map<String, Boolean> generated = new LinkedHashMap<>();
        closed.report().getAsJsonArray("tests").forEach(e -> generated.put(e.getAsJsonObject().get("name").getAsString(),
                e.getAsJsonObject().get("generated").getAsBoolean()));
        assertThat(generated).containsEntry("chargesHandling()", false).hasSize(3)
                .satisfies(all -> assertThat(all.values().stream().filter(g -> g).count()).isEqualTo(2));
        assertThat(closed.output()).contains("[invariants] checked by written tests: 1 of 2 invariants, by generated"
                + " tests: 2 of 2; the gate counts written tests (invariants.gate.count-generated=true counts generated"
                + " ones too)\n");
        assertThat(closed.page()).contains("<th data-type=\"text\">checked by</th>")
                .contains("<td class=\"checked-by\" data-written=\"false\" data-generated=\"true\">generated tests</td>")
                .contains("<td class=\"checked-by\" data-written=\"true\" data-generated=\"true\">written tests,"
                        + " generated tests</td>");
    }

    @Test
    @DisplayName("should compute the written suite's signals over written tests only")
    void signalsOfTheWrittenSuite() throws IOException {
        Closed closed = run(Map.of());

        // the generated tests reached the edge (weight 1, fee 0); the written test stayed at 49 from it
        assertThat(closed.signals("handling-fee-non-negative")).contains("far-from-boundary", "happy-path-only");
        JsonObject closest = closed.invariant("handling-fee-non-negative").getAsJsonArray("boundaries").get(0)
                .getAsJsonObject().getAsJsonObject("closest");
        assertThat(closest.get("left").getAsDouble()).isEqualTo(49.0);
        assertThat(closest.get("test").getAsString()).endsWith("[method:chargesHandling()]");
        // generated tests are not the written suite: none of them is called vacuous
        assertThat(closed.report().getAsJsonObject("summary").get("vacuousTests").getAsInt()).isZero();
    }
}
