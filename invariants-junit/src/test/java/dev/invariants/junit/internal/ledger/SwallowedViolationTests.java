package dev.invariants.junit.internal.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.invariants.junit.fixtures.swallowed.FailingTestCase;
import dev.invariants.junit.fixtures.swallowed.SwallowingTestCase;
import dev.invariants.junit.internal.config.Warnings;
import dev.invariants.junit.testkit.FixtureRun;
import dev.invariants.junit.testkit.FixtureRunResult;
import dev.invariants.junit.testkit.ReportFiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Violations the code under test caught, so that the test they happened in passed (issue 22 item 5). */
class SwallowedViolationTests {

    private static final String LOCATION = "dev.invariants.junit.fixtures.swallowed.Stock.take(Stock.java:16)";

    @TempDir
    Path reportDir;

    private FixtureRun run(Class<?> testClass) {
        return FixtureRun.of(testClass)
                .configuration("invariants.report.dir", reportDir.toString())
                .configuration("invariants.scan.packages", "dev.invariants.junit.fixtures.swallowed");
    }

    /** The block a swallowed violation of {@code take(quantity)} on {@code units} left in stock gets. */
    private static String block(String test, int quantity, int result) {
        return "    take-leaves-stock in SwallowingTestCase." + test + ":\n"
                + "        Invariant [take-leaves-stock] violated: post does not hold\n"
                + "          at " + LOCATION + "\n"
                + "          expected: result >= 0\n"
                + "          values:\n"
                + "            quantity = [" + quantity + "]\n"
                + "            result = [" + result + "]";
    }

    @Test
    @DisplayName("should fail the run at close naming the invariant, the test and the values, though every test passed")
    void failsTheRun() {
        FixtureRunResult result = run(SwallowingTestCase.class).execute();

        assertThat(result.failures()).isEmpty();
        assertThat(result.closeFailure()).isInstanceOf(AssertionError.class);
        assertThat(result.closeFailure().getMessage())
                .startsWith("2 invariant violations were swallowed: the code under test caught them (a server answering"
                        + " 500, a catch (Throwable), a future) and nothing failed; the run fails"
                        + " (invariants.violations.swallowed=warn makes this a warning)\n    take-leaves-stock in ")
                .contains(block("serverAnswers()", 5, -3))
                .contains(block("onAnotherThread()", 4, -3))
                .doesNotContain("restock-adds");
    }

    @Test
    @DisplayName("should list swallowed violations first in the console, before the violated invariants")
    void consoleFirst() {
        FixtureRunResult result = run(SwallowingTestCase.class).execute();

        String output = result.output();
        assertThat(output).contains("[invariants] 2 invariants: 1 checked, 0 unchecked, 1 violated, 0 broken; coverage"
                + " 100.0% over 3 tests\n[invariants] violations swallowed by the code under test, nothing failed for them"
                + " (2):\n    take-leaves-stock in ");
        assertThat(output.indexOf(block("serverAnswers()", 5, -3))).isPositive()
                .isLessThan(output.indexOf("[invariants] violated (1):\n    take-leaves-stock at " + LOCATION));
    }

    @Test
    @DisplayName("should mark them in invariants.json: per invariant, in the summary, and the messages kept")
    void markedInTheReport() {
        run(SwallowingTestCase.class).execute();

        ReportFiles report = ReportFiles.read(reportDir);
        assertThat(report.summary().get("swallowedViolations").getAsInt()).isEqualTo(2);
        List<String> where = new ArrayList<>();
        for (JsonElement each : report.invariant("take-leaves-stock").getAsJsonArray("swallowed")) {
            JsonObject swallowed = each.getAsJsonObject();
            where.add(swallowed.get("in").getAsString());
            assertThat(swallowed.get("message").getAsString()).startsWith("Invariant [take-leaves-stock] violated: post"
                    + " does not hold\n  at " + LOCATION);
        }
        assertThat(where).containsExactlyInAnyOrder("SwallowingTestCase.serverAnswers()",
                "SwallowingTestCase.onAnotherThread()");
        assertThat(report.invariant("restock-adds").getAsJsonArray("swallowed")).isEmpty();
        assertThat(report.root().getAsJsonArray("violations")).hasSize(2);
    }

    @Test
    @DisplayName("should list them on the page before the summary")
    void pageFirst() throws IOException {
        run(SwallowingTestCase.class).execute();

        String page = Files.readString(reportDir.resolve("index.html"), StandardCharsets.UTF_8);
        assertThat(page).contains("<section id=\"swallowed\"><h2>Swallowed violations: 2 violations the code under test"
                + " caught, nothing failed for them</h2><ul><li class=\"problem\"><b>take-leaves-stock</b> in"
                + " SwallowingTestCase.");
        assertThat(page.indexOf("<section id=\"swallowed\">")).isLessThan(page.indexOf("<section id=\"summary\""));
        assertThat(page).contains("  expected: result &gt;= 0");
    }

    @Test
    @DisplayName("should not call a violation that failed its test swallowed")
    void failedTestIsNotSwallowed() {
        FixtureRunResult result = run(FailingTestCase.class).execute();

        assertThat(result.test("takesTooMuch()").failureMessage()).startsWith("Invariant [take-leaves-stock] violated");
        assertThat(result.closeFailure()).isNull();
        assertThat(ReportFiles.read(reportDir).summary().get("swallowedViolations").getAsInt()).isZero();
        assertThat(result.output()).doesNotContain("violations swallowed");
    }

    @Test
    @DisplayName("should only warn with invariants.violations.swallowed=warn")
    void warnOnly() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream previous = Warnings.redirect(new PrintStream(err, true, StandardCharsets.UTF_8));
        FixtureRunResult result;
        try {
            result = run(SwallowingTestCase.class).configuration("invariants.violations.swallowed", "warn").execute();
        } finally {
            Warnings.redirect(previous);
        }
        assertThat(result.closeFailure()).isNull();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("[invariants] WARNING 2 invariant violations were"
                + " swallowed: the code under test caught them (a server answering 500, a catch (Throwable), a future)"
                + " and nothing failed; reported only (invariants.violations.swallowed=warn)\n")
                .contains(block("onAnotherThread()", 4, -3));
    }

    @Test
    @DisplayName("should fail the run on an invalid invariants.violations.swallowed, naming key and value")
    void invalidValue() {
        FixtureRunResult result = run(FailingTestCase.class).configuration("invariants.violations.swallowed", "ignore")
                .execute();

        assertThat(result.closeFailure()).isInstanceOf(AssertionError.class).hasMessage("invalid value [ignore] for"
                + " configuration key [invariants.violations.swallowed]: expected `fail` or `warn`; the run fails rather"
                + " than run without the check of swallowed violations.");
    }

    @Test
    @DisplayName("should not count a rule whose violation was swallowed as covered by the gate")
    void gateDoesNotCountSwallowed() {
        FixtureRunResult result = run(SwallowingTestCase.class).configuration("invariants.violations.swallowed", "warn")
                .configuration("invariants.gate.min-coverage", "1").execute();

        assertThat(result.closeFailure()).isInstanceOf(AssertionError.class).hasMessage("""
                invariant coverage 50.0% is below the minimum 100.0% (invariants.gate.min-coverage=1): 1 of 2 \
                invariants checked (violated ones count only when the violation failed a test)
                violated, but the violation was swallowed (nothing failed):
                    take-leaves-stock at\s""" + LOCATION);
    }

    @Test
    @DisplayName("should count a violated rule whose violation failed a test as covered by the gate")
    void gateCountsCaughtViolations() {
        FixtureRunResult result = run(FailingTestCase.class).configuration("invariants.gate.min-coverage", "1").execute();

        assertThat(result.closeFailure()).isNull();
    }
}
