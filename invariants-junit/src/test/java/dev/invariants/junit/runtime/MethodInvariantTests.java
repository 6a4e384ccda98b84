package dev.invariants.junit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.junit.InvariantViolationError;
import dev.invariants.junit.fixtures.method.FeeCalculatorTestCase;
import dev.invariants.junit.testkit.FixtureRun;
import dev.invariants.junit.testkit.FixtureRunResult;
import org.junit.jupiter.api.Test;

class MethodInvariantTests {

    @Test
    void shouldFailOnlyTheTestWhoseCallViolatesAPostcondition() {
        FixtureRunResult result = FixtureRun.of(FeeCalculatorTestCase.class).execute();

        assertThat(result.test("capsPremiumFees()").successful()).isTrue();
        assertThat(result.test("chargesBasicFees()").successful()).isTrue();
        assertThat(result.test("exceedsTheCapForHugePremiumAmounts()").failure())
                .isInstanceOf(InvariantViolationError.class)
                .hasMessage("""
                        Invariant [premium-fee-cap] violated: post does not hold
                          at dev.invariants.junit.fixtures.method.FeeCalculator.calculateFee(FeeCalculator.java:23)
                          expected: result.compareTo(CAP) <= 0
                          when: tier == Tier.PREMIUM
                          values:
                            amount = [2000000]
                            tier = [PREMIUM]
                            result = [20000.00]
                            CAP = [250.00]
                          description: regulation 7.2: premium fees never exceed 250.00""");
    }
}
