package dev.invariants.junit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.junit.InvariantViolationError;
import dev.invariants.junit.fixtures.mockito.MockitoTestCase;
import dev.invariants.junit.testkit.FixtureRun;
import dev.invariants.junit.testkit.FixtureRunResult;
import org.junit.jupiter.api.Test;

class MockitoTests {

    private static final FixtureRunResult RESULT = FixtureRun.of(MockitoTestCase.class).execute();

    @Test
    void shouldNeverCheckCallsOnAMockNorDuringStubbingOrVerification() {
        assertThat(RESULT.test("mockIsNeverChecked()").failure()).isNull();
    }

    @Test
    void shouldCheckTheRealCallsOfASpy() {
        assertThat(RESULT.test("spyIsCheckedOnRealCalls()").failure()).isInstanceOf(InvariantViolationError.class)
                .hasMessageStartingWith("Invariant [pay-keeps-balance] violated: post does not hold");
    }

    @Test
    void shouldNotCheckStubbedCallsOfASpy() {
        assertThat(RESULT.test("spyStubbedAndVerified()").failure()).isNull();
    }
}
