package dev.invariants.junit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.invariants.junit.fixtures.corpus.CorpusTestCase;
import dev.invariants.junit.fixtures.corpus.Spinner;
import dev.invariants.junit.fixtures.corpus.SpinnerTestCase;
import dev.invariants.junit.internal.config.Warnings;
import dev.invariants.junit.testkit.FixtureRun;
import dev.invariants.junit.testkit.FixtureRunResult;
import dev.invariants.junit.testkit.ReportFiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The corpus of bad definitions ({@code definition-corpus.csv}), run as one session: each yields one
 * clear message naming class, member and attribute, and no bad definition stops the others.
 */
class DefinitionCorpusTests {

    private static final String PACKAGE = "dev.invariants.junit.fixtures.corpus.";

    private static FixtureRunResult result;
    private static String warnings;
    private static ReportFiles report;

    @BeforeAll
    static void run() throws Exception {
        Path dir = Files.createTempDirectory("corpus");
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream previous = Warnings.redirect(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            result = FixtureRun.of(CorpusTestCase.class).configuration("invariants.report.dir", dir.toString())
                    .configuration("invariants.scan.packages", "dev.invariants.junit.fixtures.corpus").execute();
        } finally {
            Warnings.redirect(previous);
        }
        warnings = captured.toString(StandardCharsets.UTF_8);
        report = ReportFiles.read(dir);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @DisplayName("should name class, member and attribute of every bad definition, once")
    @CsvFileSource(resources = "/definition-corpus.csv", delimiter = '|')
    void corpus(String test, String outcome, String id, String location, String attribute, String reasonStart,
            String contains) {
        String prefix = "@Invariant " + id + " on " + PACKAGE + location;
        String at = ", attribute `" + attribute + "`: ";
        String message;
        if (outcome.equals("error")) {
            assertThat(result.test(test).successful()).as("a definition error does not fail the call").isTrue();
            message = sessionFailureEntry(prefix);
        } else {
            assertThat(result.test(test).successful()).as("an expression that throws does not fail the call").isTrue();
            List<String> lines = warnings.lines().filter(l -> l.contains("@Invariant " + id + " ")).toList();
            assertThat(lines).as("one warning for %s", id).hasSize(1);
            assertThat(lines.get(0)).startsWith("[invariants] WARNING ");
            message = lines.get(0).substring("[invariants] WARNING ".length());
        }
        assertThat(message).startsWith(prefix).containsOnlyOnce(at);
        String reason = message.substring(message.indexOf(at) + at.length());
        assertThat(reason).startsWith(reasonStart).contains(contains == null ? "" : contains);
        // The report keeps the same message, once, on the invariant, which is broken.
        JsonObject invariant = invariant(id, location.substring(0, location.indexOf('.')),
                location.substring(location.indexOf('.') + 1, location.indexOf('(')));
        assertThat(invariant.get("status").getAsString()).isEqualTo("broken");
        assertThat(report.strings(invariant, "problems")).hasSize(1).allMatch(p -> p.startsWith(prefix));
    }

    @Test
    @DisplayName("should run every test of the corpus, and the test after it, each with its own outcome")
    void nothingHidden() {
        // 56 corpus rows (both members of the in-class duplicate), the recursion case, the two cross-class
        // duplicates, the fine neighbour, the control test.
        assertThat(result.tests()).hasSize(56 + 1 + 2 + 1 + 1);
        // No definition error changes a test's outcome; the session's close fails instead, naming them all.
        assertThat(result.failures()).isEmpty();
        assertThat(result.test("BadStructure.duplicateSecond").successful()).isTrue();
        assertThat(result.test("afterTheCorpusEverythingElseStillRuns()").successful()).isTrue();
        assertThat(result.test("BadStructure.fineNeighbour").successful()).isTrue();
        assertThat(report.invariant("structure-fine-neighbour").get("status").getAsString()).isEqualTo("checked");
        assertThat(result.closeFailure()).isInstanceOf(AssertionError.class);
        assertThat(result.closeFailure().getMessage()).doesNotContain("structure-fine-neighbour");
    }

    @Test
    @DisplayName("should evaluate an expression that calls the method it guards without checking that call again")
    void recursion() {
        assertThat(result.test("BadRuntime.recursion").successful()).isTrue();
        JsonObject invariant = report.invariant("runtime-recursion");
        assertThat(invariant.get("status").getAsString()).isEqualTo("checked");
        // One call from the test; the call inside the expression is neither checked nor counted.
        assertThat(ReportFiles.count(invariant, "passed")).isEqualTo(1);
    }

    @Test
    @DisplayName("should flag an id declared by two classes in the report, naming both")
    void duplicateAcrossClasses() {
        assertThat(result.test("DuplicateIdOne.touch").successful()).isTrue();
        for (String owner : List.of("DuplicateIdOne", "DuplicateIdTwo")) {
            JsonObject invariant = invariant("shared-id", owner, "touch");
            assertThat(invariant.get("status").getAsString()).isEqualTo("broken");
            assertThat(report.strings(invariant, "problems")).containsExactly("@Invariant shared-id on " + PACKAGE + owner
                    + ".touch(" + owner + ".java:" + line(invariant) + "), attribute `id`: the id [shared-id] is declared by "
                    + PACKAGE + "DuplicateIdOne and " + PACKAGE + "DuplicateIdTwo; ids must be unique in a code base");
        }
    }

    @Test
    @DisplayName("should leave an expression that never ends to the test timeout: the test fails, the next one runs")
    void runsForever() throws Exception {
        Spinner.released = false;
        FixtureRunResult spun;
        try {
            spun = FixtureRun.of(SpinnerTestCase.class)
                    .configuration("junit.jupiter.execution.timeout.default", "2 s")
                    .configuration("junit.jupiter.execution.timeout.thread.mode.default", "SEPARATE_THREAD")
                    .execute();
        } finally {
            Spinner.released = true;
        }
        assertThat(spun.test("a_spins()").failure()).isInstanceOf(TimeoutException.class)
                .hasMessageContaining("timed out after 2 seconds");
        assertThat(spun.test("b_runsAfterwards()").successful()).isTrue();
    }

    /** The entry of the session's failure that starts with {@code prefix}, its own lines un-indented. */
    private static String sessionFailureEntry(String prefix) {
        assertThat(result.closeFailure()).isInstanceOf(AssertionError.class);
        String failure = result.closeFailure().getMessage();
        int start = failure.indexOf("\n    " + prefix);
        assertThat(start).as("an entry %s in the session's failure", prefix).isNotNegative();
        assertThat(failure.indexOf("\n    " + prefix, start + 1)).as("only one entry %s", prefix).isNegative();
        int end = failure.indexOf("\n    @Invariant ", start + 1);
        return failure.substring(start + 5, end < 0 ? failure.length() : end).replace("\n        ", "\n    ");
    }

    /** The report's entry for the declaration; {@code member} by name ({@code <init>} for a type invariant). */
    private static JsonObject invariant(String id, String simpleOwner, String member) {
        for (JsonElement each : report.root().getAsJsonArray("invariants")) {
            JsonObject invariant = each.getAsJsonObject();
            boolean sameMember = invariant.get("member").isJsonNull()
                    || invariant.get("member").getAsString().startsWith(member + "(");
            if (invariant.get("id").getAsString().equals(id)
                    && invariant.get("owner").getAsString().equals(PACKAGE + simpleOwner) && sameMember) {
                return invariant;
            }
        }
        throw new AssertionError("no invariant [" + id + "] of " + simpleOwner + "." + member + " in the report");
    }

    private static String line(JsonObject invariant) {
        String source = invariant.get("source").getAsString();
        return source.substring(source.indexOf(':') + 1);
    }
}
