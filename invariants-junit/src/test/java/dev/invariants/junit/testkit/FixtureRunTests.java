package dev.invariants.junit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.invariants.junit.fixtures.smoke.SmokeTestCase;
import org.junit.jupiter.api.Test;

class FixtureRunTests {

    @Test
    void shouldReportEachTestWithItsFailureAndTheOutput() {
        FixtureRunResult result = FixtureRun.of(SmokeTestCase.class).execute();

        assertThat(result.tests()).hasSize(2);
        assertThat(result.test("passes()").successful()).isTrue();
        assertThat(result.test("fails()").failureMessage()).contains("expected", "actual");
        assertThat(result.failures()).extracting(TestResult::displayName).containsExactly("fails()");
        assertThat(result.output()).contains("printed by a fixture");
        assertThatThrownBy(() -> result.test("missing()")).hasMessageContaining("expected one test named [missing()]");
    }
}
