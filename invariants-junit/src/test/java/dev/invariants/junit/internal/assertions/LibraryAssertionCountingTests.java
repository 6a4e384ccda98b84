package dev.invariants.junit.internal.assertions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.junit.fixtures.assertions.LibraryCountingTestCase;
import dev.invariants.junit.testkit.FixtureRun;
import dev.invariants.junit.testkit.FixtureRunResult;
import dev.invariants.junit.testkit.ReportFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spring Test, JSONAssert, REST Assured and Truth are recognised by class and method name, through
 * stand-ins of those classes (the Spring Boot fixture build counts the real MockMvc); the project's own
 * assertion methods through {@code invariants.assertions.methods}.
 */
class LibraryAssertionCountingTests {

    private static final String OWN = "dev.invariants.junit.fixtures.assertions.OrderAssertions, "
            + "dev.invariants.junit.fixtures.assertions.Checks#verifyTotals";

    @TempDir
    Path reportDir;

    private ReportFiles run(String assertionMethods) {
        FixtureRun run = FixtureRun.of(LibraryCountingTestCase.class)
                .configuration("invariants.report.dir", reportDir.toString())
                .configuration("invariants.report.build-id", "library-counting-tests")
                .configuration("invariants.scan.packages", "dev.invariants.junit.fixtures.assertions");
        if (assertionMethods != null) {
            run.configuration("invariants.assertions.methods", assertionMethods);
        }
        FixtureRunResult result = run.execute();
        assertThat(result.closeFailure()).isNull();
        return ReportFiles.read(reportDir);
    }

    private static long assertions(ReportFiles report, String test) {
        return report.test(test).get("assertions").getAsLong();
    }

    @Test
    @DisplayName("should count MockMvc's andExpect and andExpectAll, Spring's AssertionErrors and WebTestClient's expect*")
    void spring() {
        ReportFiles report = run(OWN);
        assertThat(assertions(report, "mockMvcTwo()")).isEqualTo(2);
        assertThat(assertions(report, "mockMvcMatcherInsideOne()")).isEqualTo(1);
        assertThat(assertions(report, "mockMvcExpectAllOne()")).isEqualTo(1);
        assertThat(assertions(report, "springAssertionErrorsOne()")).isEqualTo(1);
        assertThat(assertions(report, "webTestClientOne()")).isEqualTo(1);
    }

    @Test
    @DisplayName("should count JSONAssert, REST Assured's validations after then() (not its log calls) and Truth")
    void otherLibraries() {
        ReportFiles report = run(OWN);
        assertThat(assertions(report, "jsonAssertOne()")).isEqualTo(1);
        assertThat(assertions(report, "restAssuredTwo()")).isEqualTo(2);
        assertThat(assertions(report, "truthOne()")).isEqualTo(1);
        assertThat(report.testNames(t -> t.get("vacuous").getAsBoolean())).isEmpty();
    }

    @Test
    @DisplayName("should count the public methods of a listed class and a listed method, and nothing of them unlisted")
    void ownAssertionMethods() {
        ReportFiles listed = run(OWN);
        assertThat(assertions(listed, "ownClassOne()")).isEqualTo(1);
        assertThat(assertions(listed, "ownMethodOne()")).isEqualTo(1);

        ReportFiles unlisted = run(null);
        assertThat(assertions(unlisted, "ownClassOne()")).isZero();
        assertThat(unlisted.testNames(t -> t.get("vacuous").getAsBoolean()))
                .containsExactlyInAnyOrder("ownClassOne()", "ownMethodOne()");
    }

    @Test
    @DisplayName("should fail the run naming the key and the value when an entry is not a class or Class#method")
    void invalidEntry() {
        FixtureRunResult result = FixtureRun.of(LibraryCountingTestCase.class)
                .configuration("invariants.report.dir", reportDir.toString())
                .configuration("invariants.report.build-id", "library-counting-invalid")
                .configuration("invariants.assertions.methods", "com.acme.Checks, com.acme.#verify")
                .execute();
        assertThat(result.closeFailure()).isInstanceOf(AssertionError.class);
        assertThat(result.closeFailure().getMessage()).startsWith(
                "invalid value [com.acme.#verify] for configuration key [invariants.assertions.methods]: expected "
                        + "comma-separated binary class names, each optionally followed by #method");
    }
}
