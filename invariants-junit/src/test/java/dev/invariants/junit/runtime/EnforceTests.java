package dev.invariants.junit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.junit.InvariantViolationError;
import dev.invariants.junit.fixtures.method.FeeCalculatorTestCase;
import dev.invariants.junit.testkit.FixtureRun;
import dev.invariants.junit.testkit.FixtureRunResult;
import org.junit.jupiter.api.Test;

class EnforceTests {

    @Test
    void shouldTurnAFalsePreIntoAViolationWhenEnforced() {
        FixtureRunResult result = FixtureRun.of(FeeCalculatorTestCase.class)
                .configuration("invariants.preconditions", "enforce").execute();

        assertThat(result.test("chargesBasicFees()").failure()).isInstanceOf(InvariantViolationError.class)
                .hasMessage("""
                        Invariant [premium-fee-cap] violated: pre does not hold (invariants.preconditions=enforce)
                          at dev.invariants.junit.fixtures.method.FeeCalculator.calculateFee(FeeCalculator.java:23)
                          expected: tier == Tier.PREMIUM
                          values:
                            amount = [100]
                            tier = [BASIC]
                          description: regulation 7.2: premium fees never exceed 250.00""");
    }

    @Test
    void shouldLetAFalsePreProceedInGuardMode() {
        FixtureRunResult result = FixtureRun.of(FeeCalculatorTestCase.class).execute();

        assertThat(result.test("chargesBasicFees()").successful()).isTrue();
    }
}
