package dev.invariants.junit.internal.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.junit.fixtures.ledger.AccountTestCase;
import dev.invariants.junit.testkit.FixtureRun;
import dev.invariants.junit.testkit.FixtureRunResult;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18's console: a failing run over many declared invariants, few of them checked, still fits on one
 * screen (40 lines) — the example had 23 invariants, 3 checked — with the gate's verdict and no invariant listed twice in the summary.
 */
class ConsoleAtScaleTests {
    /** A terminal of 40 rows: what a developer sees at the end of a failing build without scrolling. */
    private static final int SCREEN = 40;

    @TempDir
    Path reportDir;

    @Test
    @DisplayName("should fit a failing run with dozens of unchecked invariants on one screen, the rest counted")
    void failingRunFitsOnOneScreen() {
        FixtureRunResult result = FixtureRun.of(AccountTestCase.class)
                .configuration("invariants.report.dir", reportDir.toString())
                .configuration("invariants.scan.packages",
                        "dev.invariants.junit.fixtures.ledger,dev.invariants.junit.fixtures.expressions")
                .configuration("invariants.gate.min-coverage", "0.8").execute();

        List<String> summary = Arrays.stream(result.output().split("\n"))
                .dropWhile(line -> !line.startsWith("[invariants] ") || !line.contains(" invariants: ")).toList();
        String failure = result.closeFailure().getMessage();
        int lines = summary.size() + failure.split("\n").length;

        assertThat(summary).isNotEmpty();
        assertThat(summary.get(0)).contains(" unchecked,").contains("coverage");
        // the declared set is far larger than the console limit, so the lists are cut and counted
        assertThat(summary).anyMatch(line -> line.matches("\\s+and \\d+ more in index\\.html"));
        assertThat(failure).startsWith("invariant coverage ").contains("is below the minimum 80.0%");
        assertThat(lines).as("summary and gate failure, in lines:%n%s%n%s", String.join("\n", summary), failure)
                .isLessThanOrEqualTo(SCREEN);
        List<String> listed = summary.stream().filter(line -> line.startsWith("    ") && line.contains(" at ")).toList();
        assertThat(listed).doesNotHaveDuplicates();
    }
}
