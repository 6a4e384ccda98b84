package dev.invariants.junit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.junit.InvariantViolationError;
import dev.invariants.junit.fixtures.raises.ParserTestCase;
import dev.invariants.junit.testkit.FixtureRun;
import dev.invariants.junit.testkit.FixtureRunResult;
import org.junit.jupiter.api.Test;

class RaisesInvariantTests {

    private final FixtureRunResult result = FixtureRun.of(ParserTestCase.class).execute();

    @Test
    void shouldPassWhenPreDoesNotHold() {
        assertThat(result.test("parsesDigits()").successful()).isTrue();
    }

    @Test
    void shouldFailACallThatReturnsNormallyWhenItMustThrow() {
        assertThat(result.test("returnsForEmptyText()").failure()).isInstanceOf(InvariantViolationError.class)
                .hasMessage("""
                        Invariant [blank-rejected] violated: expected the call to throw IllegalArgumentException but it returned normally
                          at dev.invariants.junit.fixtures.raises.Parser.parse(Parser.java:9)
                          when: text.isBlank()
                          values:
                            text = [""]
                            result = [0]""");
    }

    @Test
    void shouldFailACallThatThrowsAnExceptionNotListed() {
        assertThat(result.test("throwsTheWrongException()").failure()).isInstanceOf(InvariantViolationError.class)
                .hasMessage("""
                        Invariant [blank-rejected] violated: expected the call to throw IllegalArgumentException but it threw java.lang.IllegalStateException
                          at dev.invariants.junit.fixtures.raises.Parser.parse(Parser.java:9)
                          thrown: ["only spaces"]
                          when: text.isBlank()
                          values:
                            text = ["   "]""")
                .cause().isInstanceOf(IllegalStateException.class).hasMessage("only spaces");
    }
}
