package dev.invariants.junit.internal.assertions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.junit.fixtures.assertions.CaughtExpectationTestCase;
import dev.invariants.junit.testkit.FixtureRun;
import dev.invariants.junit.testkit.ReportFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Expected exceptions checked without an assertion call running, as the report counts them after a real session. */
class CaughtExpectationTests {

    @TempDir
    Path reportDir;

    private ReportFiles report;

    @BeforeEach
    void run() {
        FixtureRun.of(CaughtExpectationTestCase.class)
                .configuration("invariants.report.dir", reportDir.toString())
                .configuration("invariants.scan.packages", "dev.invariants.junit.fixtures.assertions")
                .execute();
        report = ReportFiles.read(reportDir);
    }

    private long assertions(String test) {
        return report.test(test).get("assertions").getAsLong();
    }

    @Test
    @DisplayName("should count a caught expected exception around fail() as one assertion, not a vacuous test")
    void tryFailCatch() {
        for (String test : new String[] {"junit4FailInTryOne()", "jupiterFailInTryOne()", "assertjFailBecauseOne()"}) {
            assertThat(report.test(test).get("status").getAsString()).as(test).isEqualTo("SUCCESSFUL");
            assertThat(assertions(test)).as(test).isEqualTo(1);
            assertThat(report.test(test).get("vacuous").getAsBoolean()).as(test).isFalse();
        }
    }

    @Test
    @DisplayName("should count assertThatExceptionOfType(..).isThrownBy(..) as one assertion")
    void exceptionOfType() {
        assertThat(assertions("exceptionOfTypeOne()")).isEqualTo(1);
    }

    @Test
    @DisplayName("should still call vacuous a test that swallows an exception with no assertion in the try")
    void swallowed() {
        assertThat(report.testNames(t -> t.get("vacuous").getAsBoolean()))
                .containsExactlyInAnyOrder("catchWithoutAssertionNone()", "assertionOutsideTheTryNone()");
        assertThat(assertions("catchWithoutAssertionNone()")).isZero();
        // When nothing is thrown the fail() runs: one counted call, and the test fails.
        assertThat(report.test("notThrownFailsWithOne()").get("status").getAsString()).isEqualTo("FAILED");
        assertThat(assertions("notThrownFailsWithOne()")).isEqualTo(1);
    }
}
