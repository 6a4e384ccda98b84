package dev.invariants.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Demo's output over hand-made report files: what the user reads after the demo command. */
@DisplayName("the demo's printout")
class DemoTests {

    @TempDir
    Path target;

    private void write(String relative, String content) throws IOException {
        Path file = target.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private String demo() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            Demo.run(new String[] {target.toString()}, out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private String uri(String relative) {
        return target.resolve(relative).toUri().toString();
    }

    /**
     * Four invariants: a post rule, a rejection rule, a rule with a narrow pre, a type invariant. Each status
     * is written as the counts that make it (the reader derives statuses from counts, as docs/report-format.md
     * says); {@code preHeld} is passed + violated.
     */
    private static String report(boolean assertionsCounted, String[] statuses, long[] preHeld, String tests) {
        return """
                {"schema": "dev.invariants.report/1", "build": "b", "parts": 1, "assertionsCounted": %s,
                 "summary": {"declared": 4},
                 "invariants": [
                  {"id": "fee-non-negative", "kind": "method", "owner": "com.acme.Fees", "member": "fee(java.math.BigDecimal)",
                   "source": "Fees.java:12", "pre": "true", "post": "result.signum() >= 0", "raises": [], %s},
                  {"id": "fee-rejects-negative", "kind": "method", "owner": "com.acme.Fees", "member": "fee(java.math.BigDecimal)",
                   "source": "Fees.java:12", "pre": "amount.signum() < 0", "post": "",
                   "raises": ["java.lang.IllegalArgumentException"], %s},
                  {"id": "fee-capped-from-threshold", "kind": "method", "owner": "com.acme.Fees",
                   "member": "fee(java.math.BigDecimal)", "source": "Fees.java:12", "pre": "amount.compareTo(LIMIT) > 0",
                   "post": "result.compareTo(CAP) <= 0", "raises": [], %s},
                  {"id": "ledger-balanced", "kind": "type", "owner": "com.acme.Ledger", "member": null,
                   "source": "Ledger.java:20", "pre": "true", "post": "balanced()", "raises": [], %s}
                 ],
                 "tests": [%s], "containers": [], "unattributed": {}}
                """.formatted(assertionsCounted, counts(statuses[0], preHeld[0]), counts(statuses[1], preHeld[1]),
                counts(statuses[2], preHeld[2]), counts(statuses[3], preHeld[3]), tests);
    }

    private static String counts(String status, long preHeld) {
        long violated = status.equals("violated") ? 1 : 0;
        long broken = status.equals("broken") ? 1 : 0;
        String problems = broken > 0 ? ", \"problems\": [\"a \\\"quoted\\\" problem \\u00e9\"]" : "";
        return "\"counts\": {\"preFailed\": 5, \"passed\": " + (preHeld - violated) + ", \"violated\": " + violated
                + ", \"threw\": 0, \"broken\": " + broken + "}" + problems;
    }

    private static String test(String className, String name, boolean vacuous) {
        return """
                {"id": "[engine:junit-jupiter]/[class:%1$s]/[method:%2$s]", "className": "%1$s", "name": "%2$s",
                 "displayName": "%2$s", "status": "SUCCESSFUL", "invariants": [], "assertions": %3$d}
                """.formatted(className, name, vacuous ? 0 : 1);
    }

    @BeforeEach
    void surefireAndJacoco() throws IOException {
        write("surefire-reports/ai-written/TEST-com.acme.FeesTests.xml", "<testsuite tests=\"3\">"
                + "<testcase name=\"a\"/><testcase name=\"b\"><failure message=\"no\"/></testcase><testcase name=\"c\"/></testsuite>");
        write("surefire-reports/strong/TEST-com.acme.FeesTests.xml",
                "<testsuite tests=\"2\"><testcase name=\"a\"/><testcase name=\"b\"/></testsuite>");
        String header = "GROUP,PACKAGE,CLASS,LINE_MISSED,LINE_COVERED\n";
        write("jacoco/ai-written/jacoco.csv", header + "g,com.acme,Fees,2,30\ng,com.acme,Ledger,3,15\n");
        write("jacoco/strong/jacoco.csv", header + "g,com.acme,Fees,1,31\ng,com.acme,Ledger,5,13\n");
    }

    @Nested
    @DisplayName("when the run did not count assertions")
    class AssertionsNotCounted {

        @BeforeEach
        void reports() throws IOException {
            write("invariants/ai-written/invariants.json", report(false,
                    new String[] {"checked", "unchecked", "unchecked", "violated"}, new long[] {3, 0, 0, 2},
                    test("com.acme.FeesTests", "getters()", false)));
            write("invariants/strong/invariants.json", report(false,
                    new String[] {"checked", "checked", "checked", "checked"}, new long[] {3, 1, 1, 4},
                    test("com.acme.FeesTests", "capsAtThreshold()", false)));
        }

        @Test
        @DisplayName("should print both suites side by side, coverage first, then every unchecked and violated invariant with its location")
        void printsTheComparison() {
            // Line coverage: 45 of 50 and 44 of 50; invariant coverage: checked + violated = 2 of 4, and 4 of 4.
            assertThat(demo()).isEqualTo("""

                    invariants demo: two test suites over the same payments domain (4 invariants)
                    (examples/src/main/java/dev/invariants/examples/payments)

                                                 AI-written suite               strong suite
                      line coverage (JaCoCo)     90.0 %% (45 of 50 lines)        88.0 %% (44 of 50 lines)
                      invariant coverage         50.0 %% (2 of 4 checked)        100.0 %% (4 of 4 checked)

                      tests                      3 run, 1 failed                2 passed
                      violated / broken          1 / 0                          0 / 0
                      unchecked invariants       2                              0
                      failure paths never taken  1 of 1                         0 of 1
                      vacuous tests              not counted yet                not counted yet

                      Line coverage differs by 2.0 points; invariant coverage by 50.0 points.
                      Line coverage: JaCoCo alone, in a run of each suite without invariant checking.
                      A failure path never taken: a `raises` rule whose input no test gave.

                      AI-written suite: 2 of 4 invariants unchecked
                        failure paths never taken (1):
                          fee-rejects-negative at com.acme.Fees.fee(Fees.java:12)
                        other rules no test checked (1):
                          fee-capped-from-threshold at com.acme.Fees.fee(Fees.java:12)
                        violated (1):
                          ledger-balanced at com.acme.Ledger.<init>(Ledger.java:20)
                        vacuous tests: not counted yet (this build does not count assertions)
                        report:   %s
                        coverage: %s

                      strong suite: no unchecked invariant
                        vacuous tests: not counted yet (this build does not count assertions)
                        report:   %s
                        coverage: %s

                    """.formatted(uri("invariants/ai-written/index.html"), uri("jacoco/ai-written/index.html"),
                    uri("invariants/strong/index.html"), uri("jacoco/strong/index.html")));
        }
    }

    @Nested
    @DisplayName("when the run counted assertions")
    class AssertionsCounted {

        @BeforeEach
        void reports() throws IOException {
            write("invariants/ai-written/invariants.json", report(true,
                    new String[] {"checked", "unchecked", "checked", "broken"}, new long[] {3, 0, 2, 1},
                    test("com.acme.FeesTests", "getters()", true) + ","
                            + test("com.acme.FeesTests", "feeOfTen()", false) + ","
                            + test("com.acme.LedgerTests", "creation()", true)));
            write("invariants/strong/invariants.json", report(true,
                    new String[] {"checked", "checked", "checked", "checked"}, new long[] {3, 1, 1, 4},
                    test("com.acme.FeesTests", "capsAtThreshold()", false)));
        }

        @Test
        @DisplayName("should count the vacuous tests in the table and name them under their suite")
        void namesVacuousTests() {
            String printed = demo();

            assertThat(printed).contains("  vacuous tests              2                              0\n");
            assertThat(printed).contains("""
                        broken (1):
                          ledger-balanced at com.acme.Ledger.<init>(Ledger.java:20)
                        vacuous tests (2):
                          FeesTests.getters()
                          LedgerTests.creation()
                    """);
            assertThat(printed).contains("""
                      strong suite: no unchecked invariant
                        vacuous tests (0): none
                    """);
            assertThat(printed).doesNotContain("not counted");
        }
    }

    @Test
    @DisplayName("should say which report is missing instead of printing a figure")
    void missingInvariantReport() {
        String printed = demo();

        assertThat(printed).contains("  invariant coverage         no report                      no report\n");
        assertThat(printed).contains("  AI-written suite: no invariant report; expected " + target.resolve("invariants/ai-written"));
        assertThat(printed).doesNotContain("differs by");
    }

    @Test
    @DisplayName("should report a report it cannot read and return normally, so that the demo never fails the build")
    void unreadableReport() throws IOException {
        write("invariants/ai-written/invariants.json", "{\"invariants\": [");

        String printed = demo();

        // The parser's own words follow; where it stopped is the 17th column of the 16 characters written.
        assertThat(printed).startsWith("invariants demo: cannot read the suites' reports under " + target + ": "
                + target.resolve("invariants/ai-written/invariants.json") + " is not an invariant report: ")
                .contains("line 1, column 17").endsWith("\n").hasLineCount(1);
    }
}
