package dev.invariants.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.report.internal.merge.Gate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The page's verdict and the gate that fails the build judge the same figure: a rule only generated tests
 * checked, or whose violation was swallowed, is not covered for either, though the summary counts it.
 */
class GateRuleTests {

    private static final String COUNTS = "{\"preHeld\": 1, \"preFailed\": 0, \"passed\": 1, \"violated\": 0, \"threw\": 0, \"broken\": 0}";
    private static final String VIOLATED = "{\"preHeld\": 1, \"preFailed\": 0, \"passed\": 0, \"violated\": 1, \"threw\": 0, \"broken\": 0}";

    /** {@code written} checked by a written test, {@code generated} only by a generated one, {@code swallowed} violated in a passing test. */
    private static final String REPORT = """
            {"schema": "dev.invariants.report/1", "build": "b", "parts": 1, "assertionsCounted": true,
             "invariants": [
              {"id": "written", "kind": "method", "owner": "com.acme.A", "member": "a()", "source": "A.java:1",
               "pre": "true", "post": "result > 0", "raises": [], "description": "", "counts": COUNTS},
              {"id": "generated", "kind": "method", "owner": "com.acme.A", "member": "b()", "source": "A.java:2",
               "pre": "true", "post": "result > 0", "raises": [], "description": "", "counts": COUNTS},
              {"id": "swallowed", "kind": "method", "owner": "com.acme.A", "member": "c()", "source": "A.java:3",
               "pre": "true", "post": "result > 0", "raises": [], "description": "", "counts": VIOLATED}
             ],
             "tests": [
              {"id": "t1", "className": "com.acme.ATests", "name": "a()", "displayName": "a", "status": "SUCCESSFUL",
               "assertions": 1, "evaluations": {"written": COUNTS, "swallowed": VIOLATED}},
              {"id": "g1", "className": "com.acme.A", "name": "b", "displayName": "generated b", "status": "SUCCESSFUL",
               "generated": true, "assertions": 0, "evaluations": {"generated": COUNTS}}
             ],
             "containers": [], "unattributed": {}, "missing": [],
             "violations": [{"invariant": "swallowed", "test": "t1", "message": "c() violated: result = -1"}]}
            """.replace("VIOLATED", VIOLATED).replace("COUNTS", COUNTS);

    @Test
    @DisplayName("only written tests' checks count by default, and a swallowed violation covers nothing")
    void writtenOnly() {
        Report report = ReportReader.parse(REPORT);

        assertThat(report.summary().coverage()).as("the summary counts all three").isEqualTo(1.0);
        assertThat(CheckedBy.gateCoverage(report, false, false)).isEqualTo(1.0 / 3);
        assertThat(new GateRule(0.5, "invariants.gate.min-coverage=0.5").failures(report))
                .containsExactly("invariant coverage 33.3% is below the minimum 50.0%");
        assertThat(Gate.check(report, 0.5, false, "invariants.gate.min-coverage=0.5")).get().asString()
                .startsWith("invariant coverage 33.3% is below the minimum 50.0%");
    }

    @Test
    @DisplayName("counting generated tests, the page and the gate both count the generated rule")
    void countingGenerated() {
        Report report = ReportReader.parse(REPORT);
        GateRule rule = new GateRule(0.6, false, "invariants.gate.min-coverage=0.6", null, true, false);

        assertThat(CheckedBy.gateCoverage(report, true, false)).isEqualTo(2.0 / 3);
        assertThat(rule.verdict(report)).isEqualTo("passed");
        assertThat(Gate.check(report, 0.6, false, "invariants.gate.min-coverage=0.6",
                new Gate.Counting(true, "g", false, "o"))).isEmpty();
        assertThat(new GateRule(0.6, "invariants.gate.min-coverage=0.6").verdict(report)).isEqualTo("failed");
    }
}
