package dev.invariants.junit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.junit.InvariantViolationError;
import dev.invariants.junit.fixtures.account.AccountTestCase;
import dev.invariants.junit.testkit.FixtureRun;
import dev.invariants.junit.testkit.FixtureRunResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Constructor, {@code old(...)}, private fields, static methods and type invariants, through one fixture. */
class AccountInvariantTests {

    private static final FixtureRunResult RESULT = FixtureRun.of(AccountTestCase.class).execute();

    @Test
    void shouldFailExactlyTheTestsWhoseCallsBreakAnInvariant() {
        assertThat(RESULT.failures()).extracting(t -> t.displayName()).containsExactlyInAnyOrder("opensWrongly()",
                "depositsLargeAmountsTwice()", "overdraws()", "overdrawsAndFails()", "chargesTooMuchOnLargeAmounts()");
        assertThat(RESULT.failures()).allSatisfy(t -> assertThat(t.failure()).isInstanceOf(InvariantViolationError.class));
    }

    @Nested
    class Constructors {

        @Test
        @DisplayName("should check a constructor's post against the fields it set")
        void constructorPost() {
            assertThat(RESULT.test("opensWrongly()").failureMessage()).isEqualTo("""
                    Invariant [opens-with-deposit] violated: post does not hold
                      at dev.invariants.junit.fixtures.account.Account.<init>(Account.java:12)
                      expected: balance == initial
                      when: initial > 0
                      values:
                        initial = [13]
                        balance = [12]""");
        }
    }

    @Nested
    class OldValues {

        @Test
        @DisplayName("should compare with the value on entry and show it")
        void old() {
            assertThat(RESULT.test("depositsLargeAmountsTwice()").failureMessage()).isEqualTo("""
                    Invariant [deposit-adds] violated: post does not hold
                      at dev.invariants.junit.fixtures.account.Account.deposit(Account.java:18)
                      expected: balance == old(balance) + amount
                      when: amount > 0
                      values:
                        amount = [2000]
                        old(balance) = [10]
                        balance = [4010]""");
            assertThat(RESULT.test("depositsSmallAmounts()").successful()).isTrue();
        }
    }

    @Nested
    class TypeInvariants {

        @Test
        @DisplayName("should check after a public call, reading a private field, and point at that method")
        void afterPublicCall() {
            assertThat(RESULT.test("overdraws()").failureMessage()).isEqualTo("""
                    Invariant [balance-non-negative] violated: type invariant does not hold after withdraw(long)
                      at dev.invariants.junit.fixtures.account.Account.withdraw(Account.java:23)
                      expected: balance >= 0
                      values:
                        balance = [-40]""");
        }

        @Test
        @DisplayName("should check after a public call that threw, keeping the exception as the cause")
        void afterExceptionalExit() {
            assertThat(RESULT.test("overdrawsAndFails()").failure())
                    .hasMessage("""
                            Invariant [balance-non-negative] violated: type invariant does not hold after withdrawOrFail(long) threw java.lang.IllegalStateException
                              at dev.invariants.junit.fixtures.account.Account.withdrawOrFail(Account.java:28)
                              expected: balance >= 0
                              values:
                                balance = [-20]""")
                    .cause().hasMessage("insufficient funds");
        }

        @Test
        @DisplayName("should check nested calls on the same instance only at the outermost exit")
        void outermostOnly() {
            assertThat(RESULT.test("rebalancesThroughANegativeBalance()").successful()).isTrue();
        }
    }

    @Nested
    class StaticMethods {

        @Test
        @DisplayName("should check static methods")
        void staticMethod() {
            assertThat(RESULT.test("chargesSmallFees()").successful()).isTrue();
            assertThat(RESULT.test("chargesTooMuchOnLargeAmounts()").failureMessage()).isEqualTo("""
                    Invariant [fee-at-most-amount] violated: post does not hold
                      at dev.invariants.junit.fixtures.account.Account.fee(Account.java:46)
                      expected: result <= amount
                      values:
                        amount = [500]
                        result = [501]""");
        }
    }
}
