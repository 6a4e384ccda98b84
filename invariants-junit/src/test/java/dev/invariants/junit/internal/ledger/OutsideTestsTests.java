package dev.invariants.junit.internal.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.junit.fixtures.setup.SetUpOnlyTestCase;
import dev.invariants.junit.testkit.FixtureRun;
import dev.invariants.junit.testkit.FixtureRunResult;
import dev.invariants.junit.testkit.ReportFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks made outside any test method, in class set-up: reported apart, not coverage for the gate (issue 22 item 2). */
class OutsideTestsTests {

    private static final String LOAD = "dev.invariants.junit.fixtures.setup.Catalog.load(Catalog.java:12)";

    @TempDir
    Path reportDir;

    private FixtureRun run() {
        return FixtureRun.of(SetUpOnlyTestCase.class)
                .configuration("invariants.report.dir", reportDir.toString())
                .configuration("invariants.scan.packages", "dev.invariants.junit.fixtures.setup");
    }

    @Test
    @DisplayName("should not count an invariant only @BeforeAll checked toward the gate, and name it apart")
    void gateLeavesItOut() {
        FixtureRunResult result = run().configuration("invariants.gate.min-coverage", "1").execute();

        assertThat(result.failures()).isEmpty();
        assertThat(result.closeFailure()).isInstanceOf(AssertionError.class).hasMessage("""
                invariant coverage 50.0% is below the minimum 100.0% (invariants.gate.min-coverage=1): 1 of 2 \
                invariants checked
                checked only outside test methods, in class set-up (invariants.gate.count-outside-tests=true counts them):
                    catalog-loads-items at\s""" + LOAD);
    }

    @Test
    @DisplayName("should count it with invariants.gate.count-outside-tests=true")
    void countedOnRequest() {
        FixtureRunResult result = run().configuration("invariants.gate.min-coverage", "1")
                .configuration("invariants.gate.count-outside-tests", "true").execute();

        assertThat(result.closeFailure()).isNull();
    }

    @Test
    @DisplayName("should report it apart: in invariants.json and in one console list")
    void reportedApart() {
        FixtureRunResult result = run().execute();

        ReportFiles report = ReportFiles.read(reportDir);
        assertThat(report.invariant("catalog-loads-items").getAsJsonObject("checkedBy").get("writtenTests").getAsBoolean())
                .isFalse();
        assertThat(report.invariant("catalog-loads-items").getAsJsonObject("checkedBy").get("outsideTests").getAsBoolean())
                .isTrue();
        assertThat(report.invariant("price-positive").getAsJsonObject("checkedBy").get("writtenTests").getAsBoolean())
                .isTrue();
        assertThat(report.summary().get("checkedOnlyOutsideTests").getAsInt()).isEqualTo(1);
        assertThat(report.strings(report.invariant("catalog-loads-items"), "tests")).isEmpty();
        assertThat(result.output()).contains("[invariants] checked only outside test methods, in class set-up; the gate"
                + " counts them only with invariants.gate.count-outside-tests=true (1):\n    catalog-loads-items at " + LOAD
                + " in set-up of SetUpOnlyTestCase\n");
    }
}
