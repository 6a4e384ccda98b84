package dev.invariants.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public reader over files written by hand from docs/report-format.md, as another tool would write them. */
class ReportReaderTests {

    /** Two invariants and two tests, with derived fields that disagree with the counts: the reader must ignore them. */
    private static final String REPORT = """
            {"schema": "dev.invariants.report/1", "build": "b-1", "parts": 2, "assertionsCounted": true,
             "summary": {"declared": 99, "coverage": 0.0},
             "invariants": [
              {"id": "fee-non-negative", "kind": "method", "owner": "com.acme.Fees", "member": "fee(long)",
               "source": "Fees.java:12", "pre": "amount > 0", "post": "result >= 0", "raises": [],
               "description": "", "status": "unchecked", "future-field": {"nested": [1, 2]},
               "counts": {"preHeld": 3, "preFailed": 1, "passed": 3, "violated": 0, "threw": 0, "broken": 0},
               "boundaries": [{"index": 0, "comparison": "result >= 0", "left": "result", "operator": ">=",
                               "right": "0", "closest": {"left": 2.0, "right": 0.0, "test": "t1"}}]},
              {"id": "rejects-negative", "kind": "method", "owner": "com.acme.Fees", "member": "fee(long)",
               "source": "Fees.java:13", "pre": "amount < 0", "post": "",
               "raises": ["java.lang.IllegalArgumentException"], "description": "refuses",
               "counts": {"preHeld": 0, "preFailed": 4, "passed": 0, "violated": 0, "threw": 0, "broken": 0}}
             ],
             "tests": [
              {"id": "t1", "className": "com.acme.FeesTests", "name": "positive()", "displayName": "positive",
               "status": "SUCCESSFUL", "assertions": 2, "notNullAssertions": 0, "vacuous": true,
               "evaluations": {"fee-non-negative": {"preFailed": 0, "passed": 3, "violated": 0, "threw": 0, "broken": 0}}},
              {"id": "t2", "className": "com.acme.FeesTests", "name": "nothing()", "displayName": "nothing",
               "status": "SUCCESSFUL", "assertions": 0, "evaluations": {}}
             ],
             "containers": [], "unattributed": {}, "missing": []}
            """;

    @TempDir
    Path dir;

    private Path write(String content) throws IOException {
        Path file = dir.resolve("invariants.json");
        Files.writeString(file, content);
        return file;
    }

    @Nested
    @DisplayName("should read a report file")
    class Reading {

        @Test
        @DisplayName("should give each invariant's fields, and its status from its counts, not from the file's status")
        void invariants() throws IOException {
            Report report = ReportReader.read(write(REPORT));

            assertThat(report.build()).isEqualTo("b-1");
            assertThat(report.parts()).isEqualTo(2);
            assertThat(report.invariants()).extracting(ReportInvariant::id)
                    .containsExactly("fee-non-negative", "rejects-negative");
            ReportInvariant first = report.invariants().get(0);
            assertThat(first.status()).isEqualTo(Status.CHECKED);
            assertThat(first.location()).isEqualTo("com.acme.Fees.fee(Fees.java:12)");
            assertThat(first.counts().preHeld()).isEqualTo(3);
            assertThat(first.boundaries()).singleElement().satisfies(b -> {
                assertThat(b.comparison().operator()).isEqualTo(">=");
                assertThat(b.slack()).isEqualTo(2.0);
            });
            ReportInvariant second = report.invariants().get(1);
            assertThat(second.status()).isEqualTo(Status.UNCHECKED);
            assertThat(second.raises()).containsExactly("java.lang.IllegalArgumentException");
        }

        @Test
        @DisplayName("should recompute the summary and the vacuous tests instead of trusting the file")
        void derived() throws IOException {
            Report report = ReportReader.read(write(REPORT));

            assertThat(report.summary().declared()).isEqualTo(2);
            assertThat(report.summary().coveragePercent()).isEqualTo("50.0%");
            assertThat(report.vacuousTests()).extracting(ReportTest::label).containsExactly("FeesTests.nothing()");
            assertThat(report.tests().get(0).invariants()).containsExactly("fee-non-negative");
        }
    }

    @Nested
    @DisplayName("should refuse what is not a report, naming the file and what is wrong")
    class Refusing {

        @Test
        @DisplayName("should name the file and the position of broken JSON")
        void brokenJson() throws IOException {
            Path file = write("{\"invariants\": [");

            assertThatThrownBy(() -> ReportReader.read(file)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith(file + " is not an invariants report: ")
                    .hasMessageContaining("line 1");
        }

        @Test
        @DisplayName("should name the schema it expected and the one it found")
        void otherSchema() throws IOException {
            Path file = write(REPORT.replace("dev.invariants.report/1", "dev.invariants.report/0"));

            assertThatThrownBy(() -> ReportReader.read(file)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("expected schema [dev.invariants.report/1] but found [dev.invariants.report/0]");
        }

        @Test
        @DisplayName("should name the field and the entry whose value has the wrong type")
        void wrongType() {
            String text = REPORT.replace("\"source\": \"Fees.java:13\"", "\"source\": 13");

            assertThatThrownBy(() -> ReportReader.parse(text)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("expected a string for `source` in rejects-negative but found [13]");
        }
    }
}
