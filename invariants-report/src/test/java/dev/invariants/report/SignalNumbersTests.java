package dev.invariants.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Numbers in signal messages read as people write them, whatever binary arithmetic made of them. */
class SignalNumbersTests {

    /** A checked invariant whose closest observation was 0.66 against a limit of 1.0: slack 1.0 - 0.66. */
    private static final String REPORT = """
            {"schema": "dev.invariants.report/1", "build": "b-1", "parts": 1, "assertionsCounted": true,
             "invariants": [
              {"id": "ratio-capped", "kind": "method", "owner": "com.acme.Ratios", "member": "ratio(double)",
               "source": "Ratios.java:7", "pre": "true", "post": "result <= LIMIT", "raises": [],
               "description": "", "status": "checked",
               "counts": {"preHeld": 1, "preFailed": 0, "passed": 1, "violated": 0, "threw": 0, "broken": 0},
               "boundaries": [{"index": 0, "comparison": "result <= LIMIT", "left": "result", "operator": "<=",
                               "right": "LIMIT", "closest": {"left": 0.66, "right": 1.0, "test": "t1"}}]}
             ],
             "tests": [
              {"id": "t1", "className": "com.acme.RatiosTests", "name": "ratio()", "displayName": "ratio()",
               "status": "SUCCESSFUL", "assertions": 1, "evaluations": {"ratio-capped": {"passed": 1}}}
             ],
             "containers": [], "unattributed": {}, "missing": []}
            """;

    @Test
    @DisplayName("should print a slack of 1.0 - 0.66 as 0.34, not as its binary expansion")
    void noFloatNoise() {
        Report report = ReportReader.parse(REPORT);
        ReportInvariant invariant = report.invariants().get(0);
        assertThat(1.0 - 0.66).isNotEqualTo(0.34); // the noise this guards against is real

        assertThat(Signals.of(report, invariant)).extracting(Signal::message).containsExactly(
                "never near its edge: [result <= LIMIT] closest slack 0.34 (result = 0.66 vs LIMIT = 1) in RatiosTests.ratio()");
    }

    @Test
    @DisplayName("should show the same numbers on the page and in the console, without binary noise")
    void pageAndConsole() {
        Report report = ReportReader.parse(REPORT);

        String page = dev.invariants.report.internal.write.HtmlReport.render(report);
        String console = dev.invariants.report.internal.write.ConsoleSummary.render(report, java.nio.file.Path.of("index.html"));

        assertThat(page).contains("closest slack 0.34 (result = 0.66 vs LIMIT = 1)").doesNotContain("0.3399");
        assertThat(console).contains("[invariants] signals (invariants): 1 never near their edge;")
                .doesNotContain("0.3399").doesNotContain("0.66");
    }

    @Test
    @DisplayName("should keep whole numbers whole and small fractions exact")
    void shapes() {
        assertThat(Signals.number(250.0)).isEqualTo("250");
        assertThat(Signals.number(-0.001)).isEqualTo("-0.001");
        assertThat(Signals.number(2.5)).isEqualTo("2.5");
        assertThat(Signals.number(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(Signals.number(Double.NaN)).isEqualTo("NaN");
        assertThat(Signals.number(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
    }
}
