package dev.invariants.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.report.internal.write.ConsoleSummary;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The console's signal line over a report read back from JSON, as another JVM's part would be. */
class ConsoleSignalsTests {

    /** Two checked invariants: one whose post generated tests could not falsify, one exercised only on the happy path. */
    private static final String REPORT = """
            {"schema": "dev.invariants.report/1", "build": "b-1", "parts": 1, "assertionsCounted": true,
             "invariants": [
              {"id": "same-result", "kind": "method", "owner": "com.acme.Ids", "member": "next()",
               "source": "Ids.java:9", "pre": "true", "post": "result == result", "raises": [], "description": "",
               "status": "checked",
               "counts": {"preHeld": 200, "preFailed": 0, "passed": 200, "violated": 0, "threw": 0, "broken": 0},
               "generated": {"runs": 1, "tries": 200, "rejected": 0, "failed": 0, "couldNotBeFalsified": true}},
              {"id": "fee-positive", "kind": "method", "owner": "com.acme.Fees", "member": "fee(long)",
               "source": "Fees.java:12", "pre": "amount > 0", "post": "result > 0", "raises": [], "description": "",
               "status": "checked",
               "counts": {"preHeld": 3, "preFailed": 0, "passed": 3, "violated": 0, "threw": 0, "broken": 0}}
             ],
             "tests": [
              {"id": "t1", "className": "com.acme.FeesTests", "name": "fee()", "displayName": "fee()",
               "status": "SUCCESSFUL", "assertions": 1, "evaluations": {"fee-positive": {"passed": 3}}}
             ],
             "containers": [], "unattributed": {}, "missing": []}
            """;

    @Test
    @DisplayName("should count a post the generated tests could not falsify among the signals, once")
    void tautologyCounted() {
        Report report = ReportReader.parse(REPORT);

        assertThat(report.summary().couldNotBeFalsified()).isEqualTo(1);
        assertThat(ConsoleSummary.render(report, Path.of("index.html"))).contains("[invariants] signals (invariants): "
                + "1 exercised only on the happy path, 1 could not be falsified by generated tests (likely tautologies); "
                + "each with its evidence in the report\n");
    }
}
