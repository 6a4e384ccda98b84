package dev.invariants.junit.internal.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.junit.fixtures.ledger.AccountTestCase;
import dev.invariants.junit.fixtures.ledger.AloneTestCase;
import dev.invariants.junit.internal.config.Warnings;
import dev.invariants.junit.testkit.FixtureRun;
import dev.invariants.junit.testkit.ReportFiles;
import dev.invariants.junit.testkit.FixtureRunResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What users see when the session closes: the console summary, the gate, the merged report of several sessions. */
class SessionCloseTests {

    @TempDir
    Path reportDir;

    private FixtureRun run(String build, Class<?>... classes) {
        return FixtureRun.of(classes)
                .configuration("invariants.report.dir", reportDir.toString())
                .configuration("invariants.report.build-id", build)
                .configuration("invariants.scan.packages", "dev.invariants.junit.fixtures.ledger");
    }

    @Test
    @DisplayName("should print counts, every unchecked invariant with its clickable location, the vacuous tests, and the page")
    void consoleSummary() {
        FixtureRunResult result = run("b1", AccountTestCase.class).execute();

        String html = reportDir.resolve("index.html").toAbsolutePath().normalize().toUri().toString();
        assertThat(result.output()).contains("""
                [invariants] 5 invariants: 3 checked, 2 unchecked, 0 violated, 0 broken; coverage 60.0% over 4 tests
                [invariants] unchecked (2):
                    Account.balance#1 at dev.invariants.junit.fixtures.ledger.Account.balance(Account.java:26)
                    close-empties at dev.invariants.junit.fixtures.ledger.Account.close(Account.java:31)
                [invariants] vacuous tests, no assertion and no invariant checked (1):
                    AccountTestCase.readsBalance()
                [invariants] report: HTML
                """.replace("HTML", html));
        assertThat(reportDir.resolve("index.html")).isRegularFile();
    }

    @Test
    @DisplayName("should list at most invariants.report.console.limit unchecked invariants and vacuous tests, counting the rest")
    void consoleLimit() {
        FixtureRunResult result = run("b1", AccountTestCase.class).configuration("invariants.report.console.limit", "1")
                .execute();

        assertThat(result.output()).contains("""
                [invariants] unchecked (2):
                    Account.balance#1 at dev.invariants.junit.fixtures.ledger.Account.balance(Account.java:26)
                    and 1 more in index.html
                [invariants] vacuous tests, no assertion and no invariant checked (1):
                    AccountTestCase.readsBalance()
                [invariants] report: """).doesNotContain("close-empties at");
        // the report itself keeps every one
        assertThat(ReportFiles.read(reportDir).invariant("close-empties").get("status").getAsString()).isEqualTo("unchecked");
    }

    @Test
    @DisplayName("should warn about an invalid console limit and list the default number")
    void consoleLimitInvalid() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream previous = Warnings.redirect(new PrintStream(err, true, StandardCharsets.UTF_8));
        FixtureRunResult result;
        try {
            result = run("b1", AccountTestCase.class).configuration("invariants.report.console.limit", "-3").execute();
        } finally {
            Warnings.redirect(previous);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("[invariants] WARNING invalid value [-3] for configuration "
                + "key [invariants.report.console.limit]: expected a whole number, 0 or more; using 10.");
        assertThat(result.output()).contains("    close-empties at ").doesNotContain("more in index.html");
    }

    @Nested
    @DisplayName("should apply invariants.gate.min-coverage when the session closes")
    class GateAtClose {

        @Test
        @DisplayName("should fail the run below the minimum, naming each unchecked invariant with its location")
        void below() {
            FixtureRunResult result = run("b1", AccountTestCase.class)
                    .configuration("invariants.gate.min-coverage", "0.8").execute();

            assertThat(result.failures()).isEmpty();
            assertThat(result.closeFailure()).isInstanceOf(AssertionError.class).hasMessage("""
                    invariant coverage 60.0% is below the minimum 80.0% (invariants.gate.min-coverage=0.8): \
                    3 of 5 invariants checked
                    unchecked:
                        Account.balance#1 at dev.invariants.junit.fixtures.ledger.Account.balance(Account.java:26)
                        close-empties at dev.invariants.junit.fixtures.ledger.Account.close(Account.java:31)""");
        }

        @Test
        @DisplayName("should name at most invariants.report.console.limit invariants in the failure, counting the rest")
        void belowWithConsoleLimit() {
            FixtureRunResult result = run("b1", AccountTestCase.class)
                    .configuration("invariants.gate.min-coverage", "0.8")
                    .configuration("invariants.report.console.limit", "1").execute();

            assertThat(result.closeFailure()).isInstanceOf(AssertionError.class).hasMessage("""
                    invariant coverage 60.0% is below the minimum 80.0% (invariants.gate.min-coverage=0.8): \
                    3 of 5 invariants checked
                    unchecked:
                        Account.balance#1 at dev.invariants.junit.fixtures.ledger.Account.balance(Account.java:26)
                        and 1 more in index.html""");
        }

        @Test
        @DisplayName("should pass at or above the minimum")
        void atMinimum() {
            FixtureRunResult result = run("b1", AccountTestCase.class)
                    .configuration("invariants.gate.min-coverage", "0.6").execute();

            assertThat(result.closeFailure()).isNull();
        }

        @Test
        @DisplayName("should fail the run on an invalid minimum, naming key and value, with the report written")
        void invalid() {
            FixtureRunResult result = run("b1", AccountTestCase.class).configuration("invariants.gate.min-coverage", "80%")
                    .execute();

            assertThat(result.failures()).isEmpty();
            assertThat(result.closeFailure()).isInstanceOf(AssertionError.class).hasMessage(
                    "invalid value [80%] for configuration key [invariants.gate.min-coverage]: expected a fraction from 0"
                            + " to 1 (0.8 for 80%); the run fails rather than run without the gate.");
            assertThat(result.output()).contains("coverage 60.0% over 4 tests");
            assertThat(reportDir.resolve("invariants.json")).isRegularFile();
        }

        @Test
        @DisplayName("should fail the run on an invalid precondition mode, after warning when the plan starts")
        void invalidPreconditions() {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream previous = Warnings.redirect(new PrintStream(err, true, StandardCharsets.UTF_8));
            FixtureRunResult result;
            try {
                result = run("b1", AccountTestCase.class).configuration("invariants.preconditions", "enforced").execute();
            } finally {
                Warnings.redirect(previous);
            }
            String message = "invalid value [enforced] for configuration key [invariants.preconditions]: expected"
                    + " `guard` or `enforce`; the run fails rather than run without the check it asks for (the tests run"
                    + " with `guard`).";
            assertThat(result.closeFailure()).isInstanceOf(AssertionError.class).hasMessage(message);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("[invariants] WARNING " + message);
        }
    }

    @Nested
    @DisplayName("should merge the sessions of one build into one report")
    class Merging {

        @Test
        @DisplayName("should add up the parts of one build")
        void sameBuild() {
            run("b1", AccountTestCase.class).execute();
            FixtureRunResult second = run("b1", AloneTestCase.class).execute();

            ReportFiles report = ReportFiles.read(reportDir);
            assertThat(report.root().get("parts").getAsInt()).isEqualTo(2);
            assertThat(report.summary().get("tests").getAsInt()).isEqualTo(5);
            assertThat(report.invariant("close-empties").get("status").getAsString()).isEqualTo("checked");
            assertThat(report.summary().get("checked").getAsInt()).isEqualTo(4);
            assertThat(second.output()).contains("coverage 80.0% over 5 tests from 2 JVMs");
        }

        @Test
        @DisplayName("should leave out, and delete, the parts of an earlier build")
        void earlierBuild() {
            run("b1", AloneTestCase.class).execute();
            run("b2", AccountTestCase.class).execute();

            ReportFiles report = ReportFiles.read(reportDir);
            assertThat(report.root().get("build").getAsString()).isEqualTo("b2");
            assertThat(report.root().get("parts").getAsInt()).isEqualTo(1);
            assertThat(report.invariant("close-empties").get("status").getAsString()).isEqualTo("unchecked");
            assertThat(reportDir.resolve("parts")).isDirectoryNotContaining("glob:**/b1--*");
        }

        @Test
        @DisplayName("should replace an earlier part of the same build that ran the same tests (a re-run in an IDE)")
        void rerun() {
            run("b1", AccountTestCase.class).execute();
            run("b1", AccountTestCase.class).execute();

            ReportFiles report = ReportFiles.read(reportDir);
            assertThat(report.root().get("parts").getAsInt()).isEqualTo(1);
            assertThat(report.summary().get("tests").getAsInt()).isEqualTo(4);
            assertThat(ReportFiles.count(report.invariant("deposit-adds"), "passed")).isEqualTo(2);
        }

        @Test
        @DisplayName("should skip a damaged part with a warning naming it, and keep the rest")
        void damagedPart() throws Exception {
            Files.createDirectories(reportDir.resolve("parts"));
            Path damaged = Files.writeString(reportDir.resolve("parts/b1--damaged.json"), "{\"schema\": \"dev.invariants.report/1\", ");
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream previous = Warnings.redirect(new PrintStream(err, true, StandardCharsets.UTF_8));
            try {
                run("b1", AccountTestCase.class).execute();
            } finally {
                Warnings.redirect(previous);
            }
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("ignoring the report part " + damaged
                    + ", which cannot be read: unexpected end of the document, expected a quoted name at line 1, column 39");
            assertThat(ReportFiles.read(reportDir).summary().get("tests").getAsInt()).isEqualTo(4);
        }
    }

    @Test
    @DisplayName("should warn when the report directory cannot be written, and leave test results alone")
    void unwritableDirectory() throws Exception {
        Path blocker = Files.writeString(reportDir.resolve("blocker"), "a file where a directory should be");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream previous = Warnings.redirect(new PrintStream(err, true, StandardCharsets.UTF_8));
        FixtureRunResult result;
        try {
            result = FixtureRun.of(AccountTestCase.class)
                    .configuration("invariants.report.dir", blocker.resolve("report").toString())
                    .configuration("invariants.scan.packages", "dev.invariants.junit.fixtures.ledger")
                    .execute();
        } finally {
            Warnings.redirect(previous);
        }
        assertThat(result.failures()).isEmpty();
        assertThat(result.tests()).hasSize(4);
        assertThat(result.closeFailure()).isNull();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("[invariants] WARNING cannot write the report to "
                + blocker.resolve("report").toAbsolutePath()).contains("test results are unaffected");
        assertThat(result.output()).contains("[invariants] 5 invariants: 3 checked, 2 unchecked");
    }

    @Test
    @DisplayName("should record nothing and write nothing when invariants.enabled=false")
    void disabled() {
        FixtureRunResult result = run("b1", AccountTestCase.class).configuration("invariants.enabled", "false").execute();

        assertThat(result.tests()).hasSize(4);
        assertThat(result.output()).doesNotContain("[invariants]");
        assertThat(reportDir.resolve("invariants.json")).doesNotExist();
    }
}
