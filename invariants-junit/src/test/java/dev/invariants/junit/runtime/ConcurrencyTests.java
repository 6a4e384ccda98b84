package dev.invariants.junit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.junit.InvariantViolationError;
import dev.invariants.junit.fixtures.concurrency.ParallelTestCase;
import dev.invariants.junit.fixtures.concurrency.ThreadsTestCase;
import dev.invariants.junit.testkit.FixtureRun;
import dev.invariants.junit.testkit.FixtureRunResult;
import dev.invariants.junit.testkit.TestResult;
import org.junit.jupiter.api.Test;

class ConcurrencyTests {

    @Test
    void shouldFailExactlyTheTestsThatViolateUnderParallelExecution() {
        FixtureRunResult result = FixtureRun.of(ParallelTestCase.class)
                .configuration("junit.jupiter.execution.parallel.enabled", "true")
                .configuration("junit.jupiter.execution.parallel.mode.default", "concurrent")
                .configuration("junit.jupiter.execution.parallel.config.strategy", "fixed")
                .configuration("junit.jupiter.execution.parallel.config.fixed.parallelism", "4")
                .execute();

        assertThat(result.tests()).hasSize(16);
        for (TestResult each : result.tests()) {
            int number = Integer.parseInt(each.displayName().replaceAll("repetition (\\d+) of 16", "$1"));
            if (number % 2 == 1) {
                assertThat(each.failure()).as(each.displayName()).isInstanceOf(InvariantViolationError.class)
                        .hasMessageContaining("value = [" + (100 + number) + "]");
            } else {
                assertThat(each.failure()).as(each.displayName()).isNull();
            }
        }
    }

    @Test
    void shouldCheckDomainCodeRunningOnOtherThreads() {
        FixtureRunResult result = FixtureRun.of(ThreadsTestCase.class).execute();

        assertThat(result.test("violatesOnAnotherThread()").failure().getCause())
                .isInstanceOf(InvariantViolationError.class)
                .hasMessageStartingWith("Invariant [counter-in-range] violated: type invariant does not hold after add(int)")
                .hasMessageContaining("value = [11]");
        assertThat(result.test("manyThreadsKeepTheirOwnState()").failure()).isNull();
    }
}
