package dev.invariants.junit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.junit.InvariantViolationError;
import dev.invariants.junit.fixtures.inherit.InheritanceTestCase;
import dev.invariants.junit.testkit.FixtureRun;
import dev.invariants.junit.testkit.FixtureRunResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InheritanceTests {

    private static final FixtureRunResult RESULT = FixtureRun.of(InheritanceTestCase.class).execute();

    @Test
    @DisplayName("should check an interface method's invariant on its implementation")
    void fromInterface() {
        assertThat(RESULT.test("measuresASquare()").successful()).isTrue();
        assertThat(RESULT.test("measuresANegativeSquare()").failure()).isInstanceOf(InvariantViolationError.class)
                .hasMessage("""
                        Invariant [area-non-negative] violated: post does not hold
                          at dev.invariants.junit.fixtures.inherit.Shape.area(Shape.java)
                          expected: result >= 0
                          values:
                            result = [-9.0]""");
    }

    @Test
    @DisplayName("should check a superclass method's invariant on an override, reading the inherited field")
    void fromSuperclass() {
        assertThat(RESULT.test("acceleratesACar()").successful()).isTrue();
        assertThat(RESULT.test("speedsACar()").failure()).isInstanceOf(InvariantViolationError.class).hasMessage("""
                Invariant [speed-limit] violated: post does not hold
                  at dev.invariants.junit.fixtures.inherit.Vehicle.accelerate(Vehicle.java:11)
                  expected: speed <= 130
                  when: kmh >= 0
                  values:
                    kmh = [200]
                    speed = [200]""");
    }

    @Test
    @DisplayName("should name the fix when an interface was compiled without parameter names")
    void withoutParameterNames() {
        // The call goes on (the test keeps its outcome); the session's close names the definition error.
        assertThat(RESULT.test("scalesASquare()").successful()).isTrue();
        assertThat(RESULT.closeFailure()).isInstanceOf(AssertionError.class);
        assertThat(RESULT.closeFailure().getMessage())
                .contains("\n    @Invariant scaled-area on dev.invariants.junit.fixtures.inherit.Shape.scaled(Shape.java),"
                        + " attribute `pre`: [factor > 0] does not compile: ")
                .contains("the parameter names of dev.invariants.junit.fixtures.inherit.Shape.scaled(Shape.java) are not"
                        + " in the class file (the expressions were given the implementation's names [by]): compile"
                        + " dev.invariants.junit.fixtures.inherit.Shape with `-parameters` (maven-compiler-plugin:"
                        + " <parameters>true</parameters>)");
    }
}
