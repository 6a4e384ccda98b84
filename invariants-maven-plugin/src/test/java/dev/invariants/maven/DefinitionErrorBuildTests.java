package dev.invariants.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A real Maven build of a project whose invariant does not compile: the run fails, no test does. */
class DefinitionErrorBuildTests {

    @Test
    @DisplayName("should fail mvn test naming the broken invariant, and leave every test's own outcome")
    void failsTheBuildNotTheTest() throws Exception {
        FixtureBuild build = FixtureBuild.copy("definition-error");

        FixtureBuild.Outcome outcome = build.mvn("test");

        assertThat(outcome.exitCode()).as(outcome.output()).isNotZero();
        // Both tests pass, the one expecting CurrencyMismatchException from add(..) included.
        assertThat(outcome.output()).as(outcome.output()).contains("Tests run: 2, Failures: 0, Errors: 0, Skipped: 0")
                .contains("1 invariant definition error: the tests ran without checking it and kept their own outcomes;"
                        + " the run fails until it is fixed")
                .contains("@Invariant add-sums-cents on com.acme.Money.add(Money.java:18), attribute `post`:"
                        + " [result.cents == cents +] does not compile: ")
                .doesNotContain("DefinitionError");
    }
}
