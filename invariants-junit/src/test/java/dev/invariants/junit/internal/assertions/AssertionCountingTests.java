package dev.invariants.junit.internal.assertions;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.invariants.junit.fixtures.assertions.CountingTestCase;
import dev.invariants.junit.fixtures.assertions.LegacyCountingTestCase;
import dev.invariants.junit.testkit.FixtureRun;
import dev.invariants.junit.testkit.ReportFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Assertion calls made through the real libraries, counted per test in a real launcher session. */
class AssertionCountingTests {

    @TempDir
    Path reportDir;

    private ReportFiles report;

    @BeforeEach
    void run() {
        FixtureRun.of(CountingTestCase.class, LegacyCountingTestCase.class)
                .configuration("invariants.report.dir", reportDir.toString())
                .configuration("invariants.report.build-id", "counting-tests")
                .configuration("invariants.scan.packages", "dev.invariants.junit.fixtures.assertions")
                .execute();
        report = ReportFiles.read(reportDir);
    }

    private long assertions(String test) {
        return report.test(test).get("assertions").getAsLong();
    }

    @Test
    @DisplayName("should count each JUnit Jupiter, AssertJ, Hamcrest and Mockito verify call the test makes")
    void eachLibrary() {
        assertThat(report.root().get("assertionsCounted").getAsBoolean()).isTrue();
        assertThat(assertions("jupiterTwo()")).isEqualTo(2);
        assertThat(assertions("assertjTwo()")).isEqualTo(2);
        assertThat(assertions("bddOne()")).isEqualTo(1);
        assertThat(assertions("hamcrestOne()")).isEqualTo(1);
        assertThat(assertions("mockitoVerifyOne()")).isEqualTo(1);
        assertThat(assertions("jupiterAssertThrowsOne()")).isEqualTo(1);
        assertThat(assertions("softTwo()")).isEqualTo(2);
    }

    @Test
    @DisplayName("should count a call once: delegation inside a library and grouped assertions are the one call the test wrote")
    void outermostOnly() {
        // WithAssertions.assertThat delegates to Assertions.assertThat; assertAll and assertSoftly run what they group.
        assertThat(assertions("withAssertionsOne()")).isEqualTo(1);
        assertThat(assertions("jupiterAssertAllOne()")).isEqualTo(1);
        assertThat(assertions("assertSoftlyOne()")).isEqualTo(1);
        // JUnit 4's Assert.assertThat delegates to Hamcrest's MatcherAssert.assertThat.
        assertThat(assertions("assertTwo")).isEqualTo(2);
    }

    @Test
    @DisplayName("should not count the assertions JUnit 4's runner makes while creating the test")
    void frameworkCalls() {
        assertThat(assertions("noneAtAll")).isZero();
        assertThat(report.test("noneAtAll").get("vacuous").getAsBoolean()).isTrue();
    }

    @Test
    @DisplayName("should tell not-null checks apart, and call a green test with none of either vacuous")
    void notNullAndVacuous() {
        JsonObject notNull = report.test("notNullOne()");
        assertThat(notNull.get("assertions").getAsLong()).isEqualTo(1);
        assertThat(notNull.get("notNullAssertions").getAsLong()).isEqualTo(1);
        assertThat(notNull.get("notNullOnly").getAsBoolean()).isTrue();
        assertThat(report.test("notNullOne").get("notNullOnly").getAsBoolean()).isTrue();
        assertThat(report.testNames(t -> t.get("vacuous").getAsBoolean())).containsExactlyInAnyOrder("noneAtAll()",
                "noneAtAll");
        // A failed test is not vacuous, whatever it asserted: it failed.
        assertThat(report.test("failsWithOne()").get("status").getAsString()).isEqualTo("FAILED");
        assertThat(assertions("failsWithOne()")).isEqualTo(1);
    }

    @Test
    @DisplayName("should credit an assertion on another thread to the only test running")
    void otherThread() {
        assertThat(assertions("otherThreadOne()")).isEqualTo(1);
    }
}
