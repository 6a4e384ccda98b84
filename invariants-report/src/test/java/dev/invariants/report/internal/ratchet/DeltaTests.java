package dev.invariants.report.internal.ratchet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.invariants.report.BaselineDelta;
import dev.invariants.report.Counts;
import dev.invariants.report.Report;
import dev.invariants.report.ReportInvariant;
import dev.invariants.report.ReportTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ratchet's comparison on reports built in memory; the real builds are the plugin's RatchetBuildTests. */
class DeltaTests {

    private static final Counts CHECKED = new Counts(0, 3, 0, 0, 0);
    private static final Counts VIOLATED = new Counts(0, 1, 1, 0, 0);

    @TempDir
    Path dir;

    @Test
    @DisplayName("should not regress when invariants get checked, are removed, or were already unchecked")
    void improvements() {
        Report baseline = report(true, List.of(invariant("a", Counts.ZERO), invariant("b", Counts.ZERO),
                invariant("gone", CHECKED)), List.of());
        Report current = report(true, List.of(invariant("a", CHECKED), invariant("b", Counts.ZERO),
                invariant("new-and-checked", VIOLATED)), List.of());

        BaselineDelta delta = Delta.of(baseline, current, Path.of("/ci/base.json"), "b");

        assertThat(delta.regressed()).isFalse();
        assertThat(delta.newlyChecked()).containsExactly("a");
        assertThat(delta.removed()).containsExactly("gone");
        assertThat(delta.line()).isEqualTo("baseline /ci/base.json: coverage"
                + " 66.7% (baseline 33.3%, +33.4 points); 0 new unchecked, 0 no longer checked, 0 new vacuous tests;"
                + " 1 newly checked, 1 removed");
    }

    @Test
    @DisplayName("should count a new broken invariant as one no test checks, and a lost check of a violated one")
    void brokenAndLost() {
        ReportInvariant broken = new ReportInvariant("new-broken", "method", "com.acme.Fees", "fee(long)", "Fees.java:9",
                "true", "nope", List.of(), "", Counts.ZERO, List.of("does not compile"));
        Report baseline = report(true, List.of(invariant("was-violated", VIOLATED)), List.of());
        Report current = report(true, List.of(invariant("was-violated", Counts.ZERO), broken), List.of());

        BaselineDelta delta = Delta.of(baseline, current, Path.of("/ci/base.json"), "invariants.gate.baseline=base.json");

        assertThat(RatchetMessages.regressed(delta, current))
                .isEqualTo("""
                        invariants regressed against the baseline /ci/base.json (invariants.gate.baseline=base.json):
                        new invariants no test checks (1):
                            new-broken at com.acme.Fees.fee(Fees.java:9) (broken)
                        checked in the baseline, no longer checked (1):
                            was-violated at com.acme.Fees.fee(Fees.java:5)""");
    }

    @Test
    @DisplayName("should compare vacuous tests only when both reports counted assertions")
    void vacuousOnlyWhenCounted() {
        List<ReportTest> tests = List.of(new ReportTest("t1", "com.acme.FeesTest", "nothing()", "nothing", "SUCCESSFUL",
                0, Map.of()));

        Report current = report(true, List.of(), tests);
        BaselineDelta uncountedBaseline = Delta.of(report(false, List.of(), List.of()), current, Path.of("b.json"), "b");
        BaselineDelta counted = Delta.of(report(true, List.of(), List.of()), current, Path.of("b.json"), "b");

        assertThat(uncountedBaseline.regressed()).isFalse();
        assertThat(uncountedBaseline.line()).contains("vacuous tests not compared (assertions not counted)");
        assertThat(counted.newVacuousTests()).containsExactly("t1");
        assertThat(RatchetMessages.regressed(counted, current)).endsWith("\n    FeesTest.nothing()");
    }

    @Test
    @DisplayName("should refuse a baseline that is not a report, naming the path and the setting")
    void notAReport() throws IOException {
        Path file = Files.writeString(dir.resolve("base.json"), "{\"schema\": \"something/else\"}");

        assertThatThrownBy(() -> Baseline.read(file, "invariants.gate.baseline=base.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the baseline report " + file + " (invariants.gate.baseline=base.json) cannot be read, so the"
                        + " run fails rather than run without the ratchet: " + file + " is not an invariants report:"
                        + " expected schema [dev.invariants.report/1] but found [something/else]");
    }

    private static ReportInvariant invariant(String id, Counts counts) {
        return new ReportInvariant(id, "method", "com.acme.Fees", "fee(long)", "Fees.java:5", "true", "result >= 0",
                List.of(), "", counts, List.of());
    }

    private static Report report(boolean assertionsCounted, List<ReportInvariant> invariants, List<ReportTest> tests) {
        return new Report("b", assertionsCounted, 1, invariants, tests, List.of(), Map.of());
    }
}
