package dev.invariants.junit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.junit.InvariantViolationError;
import dev.invariants.junit.fixtures.loaders.TwoLoadersTestCase;
import dev.invariants.junit.testkit.FixtureRun;
import dev.invariants.junit.testkit.FixtureRunResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TwoLoadersTests {

    @Test
    @DisplayName("should check an inherited invariant in a loader whose supertype declares it, after another loader defined the same names without it")
    void sameNamesInTwoLoaders() {
        FixtureRunResult result = FixtureRun.of(TwoLoadersTestCase.class).execute();

        assertThat(result.test("refundOfTheCheckedLoader()").failure()).isInstanceOf(InvariantViolationError.class)
                .hasMessage("""
                        Invariant [amount-positive] violated: post does not hold
                          at com.acme.Base.amount(CheckedBase.java:10)
                          expected: result > 0
                          values:
                            result = [-5]""");
    }
}
