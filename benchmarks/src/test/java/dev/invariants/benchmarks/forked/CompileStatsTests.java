package dev.invariants.benchmarks.forked;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CompileStatsTests {

    @Test
    @DisplayName("should read whole and fractional milliseconds, the thread and its CPU time, from the timing lines")
    void parsesTimingLines() {
        String log = """
                [invariants] timing: obtained instrumentation (background) 200 ms
                [invariants] timing: compiled the checks of gen.p00.Account004 (invariants-compile) 561 ms
                gate: compile thread idle after 1395 ms
                [invariants] timing: compiled the checks of rich.p01.Tally011 (main) 0.437 ms
                [invariants] timing: compiled the checks of rich.p01.Invoice012 (main) 1,250 ms
                [invariants] timing: compiled the checks of rich.p01.Ledger013 (invariants-compile) 2.500 ms, thread CPU 1.750 ms
                """;

        assertThat(CompileStats.parse(log)).containsExactly(
                new CompileStats.Compile("gen.p00.Account004", "invariants-compile", 561, Double.NaN),
                new CompileStats.Compile("rich.p01.Tally011", "main", 0.437, Double.NaN),
                new CompileStats.Compile("rich.p01.Invoice012", "main", 1.25, Double.NaN),
                new CompileStats.Compile("rich.p01.Ledger013", "invariants-compile", 2.5, 1.75));
    }

    @Test
    @DisplayName("should take the nearest-rank percentile")
    void nearestRank() {
        double[] values = {5, 1, 4, 2, 3, 10, 9, 8, 7, 6};

        assertThat(CompileStats.percentile(values, 0.9)).isEqualTo(9);
        assertThat(CompileStats.percentile(values, 0.5)).isEqualTo(5);
        assertThat(CompileStats.percentile(new double[] {42}, 0.9)).isEqualTo(42);
    }

    @Test
    @DisplayName("should turn each old(e) into a variable and keep e, nested parentheses included")
    void replacesOld() {
        List<String> olds = new java.util.ArrayList<>();

        String replaced = ExpressionCheck.replaceOld(
                "total() + discount == old(total() + discount) && bold(x) && a.old(y) && n == old(m.get(k, (1)))", olds);

        assertThat(replaced).isEqualTo("total() + discount == old$0 && bold(x) && a.old(y) && n == old$1");
        assertThat(olds).containsExactly("total() + discount", "m.get(k, (1))");
    }
}
