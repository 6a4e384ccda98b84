package dev.invariants.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("the demo's reading of a suite's reports")
class SuiteResultsTests {

    @TempDir
    Path target;

    private void write(String relative, String content) throws IOException {
        Path file = target.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @Test
    @DisplayName("should count test cases and failed ones across reports, and add up JaCoCo's line counters")
    void readsSurefireAndJacoco() throws IOException {
        // Surefire writes tests="0" on the outer class of @Nested tests; the test cases are what counts.
        write("surefire-reports/strong/TEST-a.AlphaTests.xml", String.join("\n",
                "<?xml version=\"1.0\"?>",
                "<testsuite name=\"a.AlphaTests\" tests=\"0\" errors=\"0\" failures=\"0\">",
                "  <testcase name=\"one\" classname=\"a.AlphaTests$Inner\"/>",
                "  <testcase name=\"two\" classname=\"a.AlphaTests$Inner\">",
                "    <failure message=\"expected 1\" type=\"org.opentest4j.AssertionFailedError\">trace</failure>",
                "    <system-err>errors</system-err>",
                "  </testcase>",
                "  <testcase name=\"three\" classname=\"a.AlphaTests\"><error type=\"java.lang.IllegalStateException\"/></testcase>",
                "</testsuite>"));
        write("surefire-reports/strong/TEST-a.BetaTests.xml",
                "<testsuite tests=\"2\"><testcase name=\"four\" classname=\"a.BetaTests\"></testcase>"
                        + "<testcase name=\"five\"><skipped message=\"disabled\"/></testcase></testsuite>");
        write("surefire-reports/strong/a.AlphaTests.txt", "<testcase <testcase");
        write("jacoco/strong/jacoco.csv", String.join("\n",
                "GROUP,PACKAGE,CLASS,INSTRUCTION_MISSED,INSTRUCTION_COVERED,BRANCH_MISSED,BRANCH_COVERED,LINE_MISSED,LINE_COVERED,COMPLEXITY_MISSED,COMPLEXITY_COVERED,METHOD_MISSED,METHOD_COVERED",
                "g,p,A,1,2,0,0,4,10,0,1,0,1",
                "g,p,B,0,9,0,0,1,25,0,1,0,1"));

        SuiteResults results = SuiteResults.read(target, "strong");

        assertThat(results.tests()).isEqualTo(5);
        assertThat(results.failed()).isEqualTo(2);
        assertThat(results.skipped()).isEqualTo(1);
        assertThat(results.linesCovered()).isEqualTo(35);
        assertThat(results.linesTotal()).isEqualTo(40);
        assertThat(results.invariants()).isNull();
        assertThat(Demo.tests(results)).isEqualTo("5 run, 2 failed, 1 skipped");
        assertThat(Demo.lines(results)).isEqualTo("87.5 % (35 of 40 lines)");
        assertThat(Demo.invariantCoverage(results)).isEqualTo("no report");
    }

    @Test
    @DisplayName("should say a suite was not run or not measured instead of printing a number")
    void missingReports() {
        SuiteResults results = SuiteResults.read(target, "ai-written");

        assertThat(Demo.tests(results)).isEqualTo("not run");
        assertThat(Demo.lines(results)).isEqualTo("not measured");
        assertThat(Demo.invariantCoverage(results)).isEqualTo("no report");
        assertThat(Demo.vacuous(results)).isEqualTo("no report");
    }
}
