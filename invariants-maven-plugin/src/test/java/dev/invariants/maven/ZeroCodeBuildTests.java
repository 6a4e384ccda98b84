package dev.invariants.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A real Maven build in invariants-property's zero-code mode: what Surefire's reports call the generated tests. */
class ZeroCodeBuildTests {

    private static final Pattern TEST_CASE = Pattern.compile("<testcase name=\"([^\"]*)\" classname=\"([^\"]*)\"");

    @Test
    @DisplayName("should give every generated test its own name in Surefire's XML, constructor and type invariants included")
    void namesInSurefireReports() throws Exception {
        FixtureBuild build = FixtureBuild.copy("zero-code");

        FixtureBuild.Outcome outcome = build.mvn("test");

        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        String xml = Files.readString(build.dir().resolve("target/surefire-reports/TEST-com.acme.stock.Stock.xml"));
        List<String> cases = new ArrayList<>();
        Matcher matcher = TEST_CASE.matcher(xml);
        while (matcher.find()) {
            cases.add(matcher.group(2) + " / " + matcher.group(1));
        }
        // Before: the constructor's and the call sequences' test cases had name="" (a bare class source).
        assertThat(cases).containsExactlyInAnyOrder("Stock / receive-adds · receive(int)",
                "Stock / stock-starts-at · new Stock(int)", "Stock / stock-non-negative · call sequences");
        assertThat(Files.readString(build.dir().resolve("target/surefire-reports/TEST-com.acme.stock.StockTest.xml")))
                .contains("<testcase name=\"receives\" classname=\"com.acme.stock.StockTest\"");
        assertThat(Path.of(build.dir().toString(), "target/invariants/invariants.json")).isRegularFile();
    }
}
