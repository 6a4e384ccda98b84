package dev.invariants.junit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.junit.fixtures.framework.FrameworkConstructorTestCase;
import dev.invariants.junit.testkit.FixtureRun;
import dev.invariants.junit.testkit.FixtureRunResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The entity rule (docs/writing-invariants.md): no type invariant is judged after a constructor a
 * framework calls to fill the object in, only after those user code calls, and at the first public exit.
 */
class FrameworkConstructorTests {

    private static final FixtureRunResult RESULT = FixtureRun.of(FrameworkConstructorTestCase.class).execute();

    @Test
    @DisplayName("should not judge after a protected no-argument constructor called reflectively, nor inside it")
    void protectedNoArgument() {
        assertThat(RESULT.test("hydratesAnEntity()").successful()).isTrue();
    }

    @Test
    @DisplayName("should judge an object a framework left invalid at its first public method exit")
    void firstPublicExit() {
        assertThat(RESULT.test("hydratesAnEntityLeftUnnamed()").failureMessage())
                .startsWith("Invariant [customer-named] violated: type invariant does not hold after name()\n"
                        + "  at dev.invariants.junit.fixtures.framework.Customer.name(Customer.java:31)\n")
                .contains("values:\n    name = [null]");
    }

    @Test
    @DisplayName("should judge after a public constructor that delegates to the framework one")
    void delegatingToTheFrameworkConstructor() {
        assertThat(RESULT.test("namesACustomer()").successful()).isTrue();
        assertThat(RESULT.test("namesACustomerBlank()").failureMessage())
                .startsWith("Invariant [customer-named] violated: type invariant does not hold after new Customer(String)\n"
                        + "  at dev.invariants.junit.fixtures.framework.Customer.<init>(Customer.java:17)\n")
                .contains("name = [\" \"]");
    }

    @Test
    @DisplayName("should not judge after a public constructor marked @Invariant.FrameworkConstructor")
    void marked() {
        assertThat(RESULT.test("deserializesASnapshot()").successful()).isTrue();
        assertThat(RESULT.test("buildsAnEmptySnapshot()").failureMessage())
                .startsWith("Invariant [snapshot-sized] violated: type invariant does not hold after new Snapshot(int)\n");
    }

    @Test
    @DisplayName("should judge after an unmarked public no-argument constructor and a private one with parameters")
    void unmarked() {
        assertThat(RESULT.test("createsUnmarkedEmpty()").failureMessage())
                .startsWith("Invariant [unmarked-positive] violated: type invariant does not hold after new Unmarked()\n");
        assertThat(RESULT.test("createsUnmarkedThroughItsFactory()").successful()).isTrue();
    }
}
