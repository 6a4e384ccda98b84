package dev.invariants.junit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.junit.InvariantViolationError;
import dev.invariants.junit.fixtures.account.AccountTestCase;
import dev.invariants.junit.testkit.FixtureRun;
import dev.invariants.junit.testkit.FixtureRunResult;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code invariants.report.write=false}: checks as usual, nothing written or printed (PIT's minions use it). */
class ReportWriteTests {

    @Test
    @DisplayName("should still fail the tests that break an invariant, and write and print no report")
    void checksWithoutAReport(@TempDir Path reportDir) {
        FixtureRunResult result = FixtureRun.of(AccountTestCase.class)
                .configuration("invariants.report.dir", reportDir.toString())
                .configuration("invariants.report.write", "false")
                .execute();

        assertThat(result.failures()).isNotEmpty()
                .allSatisfy(t -> assertThat(t.failure()).isInstanceOf(InvariantViolationError.class));
        assertThat(result.closeFailure()).isNull();
        assertThat(reportDir.resolve("invariants.json")).doesNotExist();
        assertThat(result.output()).doesNotContain("[invariants] report:");
    }

    @Test
    @DisplayName("should write the report by default, in the same run")
    void writesByDefault(@TempDir Path reportDir) {
        FixtureRunResult result = FixtureRun.of(AccountTestCase.class)
                .configuration("invariants.report.dir", reportDir.toString())
                .execute();

        assertThat(reportDir.resolve("invariants.json")).exists();
        assertThat(result.output()).contains("[invariants] report:");
    }
}
