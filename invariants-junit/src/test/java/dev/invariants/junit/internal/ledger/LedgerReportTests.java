package dev.invariants.junit.internal.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.invariants.junit.fixtures.ledger.AccountTestCase;
import dev.invariants.junit.fixtures.ledger.AloneTestCase;
import dev.invariants.junit.fixtures.ledger.ThreadsTestCase;
import dev.invariants.junit.testkit.FixtureRun;
import dev.invariants.junit.testkit.ReportFiles;
import dev.invariants.junit.testkit.FixtureRunResult;
import dev.invariants.junit.testkit.TestResult;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real launcher session over fixture tests that record evaluations through {@code Recorder},
 * exactly as woven code will: the listeners attribute them, the session close writes the report.
 */
class LedgerReportTests {

    private static final String ACCOUNT = "dev.invariants.junit.fixtures.ledger.Account";

    @TempDir
    Path reportDir;

    private FixtureRun run(Class<?>... classes) {
        return FixtureRun.of(classes)
                .configuration("invariants.report.dir", reportDir.toString())
                .configuration("invariants.report.build-id", "ledger-tests")
                .configuration("invariants.scan.packages", "dev.invariants.junit.fixtures.ledger");
    }

    @Nested
    @DisplayName("should write invariants.json")
    class Json {

        @Test
        @DisplayName("should list every declared invariant, evaluated or not, with its status and where it is declared")
        void declaredSet() {
            FixtureRunResult result = run(AccountTestCase.class).execute();

            assertThat(result.failures()).isEmpty();
            ReportFiles report = ReportFiles.read(reportDir);
            assertThat(report.root().get("schema").getAsString()).isEqualTo("dev.invariants.report/1");
            // Sorted by line: type invariant (first constructor, line 11), deposit (18), balance() (26), close() (31).
            assertThat(report.ids()).containsExactly("balance-non-negative", "deposit-adds", "deposit-rejects-negative",
                    "Account.balance#1", "close-empties");
            JsonObject closeEmpties = report.invariant("close-empties");
            assertThat(closeEmpties.get("status").getAsString()).isEqualTo("unchecked");
            assertThat(closeEmpties.get("kind").getAsString()).isEqualTo("method");
            assertThat(closeEmpties.get("owner").getAsString()).isEqualTo(ACCOUNT);
            assertThat(closeEmpties.get("member").getAsString()).isEqualTo("close()");
            assertThat(closeEmpties.get("source").getAsString()).isEqualTo("Account.java:31");
            assertThat(closeEmpties.get("post").getAsString()).isEqualTo("balance == 0");
            JsonObject type = report.invariant("balance-non-negative");
            assertThat(type.get("kind").getAsString()).isEqualTo("type");
            assertThat(type.get("member").isJsonNull()).isTrue();
            assertThat(report.invariant("deposit-rejects-negative").getAsJsonArray("raises").get(0).getAsString())
                    .isEqualTo("java.lang.IllegalArgumentException");
            assertThat(report.invariant("Account.balance#1").get("description").getAsString())
                    .isEqualTo("reports what it holds");
        }

        @Test
        @DisplayName("should credit each evaluation to the test that ran it, and class set-up to the class")
        void attribution() {
            run(AccountTestCase.class).execute();

            ReportFiles report = ReportFiles.read(reportDir);
            String depositsAmount = report.test("depositsAmount()").get("id").getAsString();
            String rejects = report.test("rejectsNegativeDeposit()").get("id").getAsString();
            JsonObject depositAdds = report.invariant("deposit-adds");
            assertThat(depositAdds.get("status").getAsString()).isEqualTo("checked");
            assertThat(ReportFiles.count(depositAdds, "passed")).isEqualTo(2);
            assertThat(ReportFiles.count(depositAdds, "preFailed")).isEqualTo(1);
            assertThat(ReportFiles.count(depositAdds, "preHeld")).isEqualTo(2);
            // rejectsNegativeDeposit evaluated it with pre false only: that is not a check.
            assertThat(report.strings(depositAdds, "tests")).containsExactly(depositsAmount);
            assertThat(report.strings(report.invariant("deposit-rejects-negative"), "tests")).containsExactly(rejects);

            JsonObject type = report.invariant("balance-non-negative");
            assertThat(ReportFiles.count(type, "passed")).isEqualTo(3); // 1 in @BeforeAll, 2 in depositsAmount
            assertThat(report.strings(type, "tests")).containsExactly(depositsAmount);
            assertThat(report.strings(type, "containers")).singleElement().asString()
                    .endsWith("[class:dev.invariants.junit.fixtures.ledger.AccountTestCase]");

            JsonObject test = report.test("depositsAmount()");
            assertThat(test.get("className").getAsString()).isEqualTo("dev.invariants.junit.fixtures.ledger.AccountTestCase");
            assertThat(test.get("status").getAsString()).isEqualTo("SUCCESSFUL");
            assertThat(report.strings(test, "invariants")).containsExactly("balance-non-negative", "deposit-adds");
            assertThat(report.strings(report.test("checksNothing()"), "invariants")).isEmpty();
        }

        @Test
        @DisplayName("should count a call that threw under a post-only invariant as pre held, not as a check")
        void threw() {
            run(AccountTestCase.class).execute();

            JsonObject balance = ReportFiles.read(reportDir).invariant("Account.balance#1");
            assertThat(balance.get("status").getAsString()).isEqualTo("unchecked");
            assertThat(ReportFiles.count(balance, "preHeld")).isEqualTo(1);
            assertThat(ReportFiles.count(balance, "threw")).isEqualTo(1);
            assertThat(ReportFiles.count(balance, "passed")).isZero();
        }

        @Test
        @DisplayName("should summarise: coverage is (checked + violated) / declared; vacuous: no assertion and no check")
        void summary() {
            run(AccountTestCase.class).execute();

            ReportFiles report = ReportFiles.read(reportDir);
            JsonObject summary = report.summary();
            assertThat(summary.get("declared").getAsInt()).isEqualTo(5);
            assertThat(summary.get("checked").getAsInt()).isEqualTo(3);
            assertThat(summary.get("unchecked").getAsInt()).isEqualTo(2);
            assertThat(summary.get("violated").getAsInt()).isZero();
            assertThat(summary.get("broken").getAsInt()).isZero();
            assertThat(summary.get("coverage").getAsDouble()).isEqualTo(0.6);
            assertThat(summary.get("tests").getAsInt()).isEqualTo(4);
            // readsBalance only evaluated with the call throwing (not a check) and asserted nothing.
            assertThat(summary.get("vacuousTests").getAsInt()).isEqualTo(1);
            assertThat(report.root().get("assertionsCounted").getAsBoolean()).isTrue();
            assertThat(report.test("readsBalance()").get("vacuous").getAsBoolean()).isTrue();
            // checksNothing checks no invariant, but its one AssertJ assertion was counted.
            assertThat(report.test("checksNothing()").get("vacuous").getAsBoolean()).isFalse();
            assertThat(report.test("checksNothing()").get("assertions").getAsLong()).isEqualTo(1);
        }
    }

    @Nested
    @DisplayName("should attribute work on other threads")
    class Threads {

        @Test
        @DisplayName("should credit another thread's evaluations to the only test running")
        void aloneTest() {
            run(AloneTestCase.class).execute();

            ReportFiles report = ReportFiles.read(reportDir);
            JsonObject closeEmpties = report.invariant("close-empties");
            assertThat(ReportFiles.count(closeEmpties, "passed")).isEqualTo(4);
            assertThat(report.strings(closeEmpties, "tests")).singleElement().asString()
                    .endsWith("[method:handsWorkToAnotherThread()]");
            assertThat(report.summary().get("unattributedEvaluations").getAsLong()).isZero();
        }

        @Test
        @DisplayName("should count work of other threads as unattributed while several tests run, and drop none of it")
        void parallelTests() {
            FixtureRunResult result = run(ThreadsTestCase.class)
                    .configuration("junit.jupiter.execution.parallel.enabled", "true")
                    .configuration("junit.jupiter.execution.parallel.config.strategy", "fixed")
                    .configuration("junit.jupiter.execution.parallel.config.fixed.parallelism", "2")
                    .execute();

            assertThat(result.tests()).extracting(TestResult::successful).containsExactly(true, true);
            ReportFiles report = ReportFiles.read(reportDir);
            assertThat(ReportFiles.count(report.invariant("balance-non-negative"), "passed")).isEqualTo(6);
            assertThat(report.strings(report.invariant("balance-non-negative"), "tests")).isEmpty();
            assertThat(report.root().getAsJsonObject("unattributed").getAsJsonObject("balance-non-negative")
                    .get("passed").getAsLong()).isEqualTo(6);
            assertThat(report.summary().get("unattributedEvaluations").getAsLong()).isEqualTo(6);
            // Each test's own-thread evaluation is still its own, run in parallel or not.
            assertThat(report.strings(report.test("first()"), "invariants")).containsExactly("deposit-adds");
            assertThat(report.strings(report.test("second()"), "invariants")).containsExactly("close-empties");
        }
    }
}
