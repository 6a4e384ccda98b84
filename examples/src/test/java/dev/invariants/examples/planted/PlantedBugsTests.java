package dev.invariants.examples.planted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Shows that each planted bug is real on its known input and that its twin is correct there. Runs
 * with runtime checking off (see the examples pom): with it on, the buggy classes would fail these
 * tests with the very violations the generator is meant to find.
 */
@DisplayName("planted bugs")
class PlantedBugsTests {

    @Nested
    @DisplayName("refund exactly at the remaining amount of a partly refunded payment")
    class RefundAtTheRemainingAmount {

        @Test
        @DisplayName("should be recorded as the only refund by the buggy class")
        void buggyForgetsEarlierRefunds() {
            BuggyRefundablePayment payment = new BuggyRefundablePayment(new BigDecimal("10.00"), new BigDecimal("4.00"));

            payment.refund(new BigDecimal("6.00"));

            assertThat(payment.refunded()).as("4.00 + 6.00 paid back, recorded").isEqualByComparingTo("6.00");
            payment.refund(new BigDecimal("4.00"));
            assertThat(payment.refunded()).as("14.00 paid back on a 10.00 capture, recorded").isEqualByComparingTo("4.00");
        }

        @Test
        @DisplayName("should be added to the earlier refunds by the twin, which then refuses more")
        void twinAddsUp() {
            RefundablePayment payment = new RefundablePayment(new BigDecimal("10.00"), new BigDecimal("4.00"));

            payment.refund(new BigDecimal("6.00"));

            assertThat(payment.refunded()).isEqualByComparingTo("10.00");
            assertThatThrownBy(() -> payment.refund(new BigDecimal("0.01"))).isInstanceOf(IllegalStateException.class);
        }

        @Test
        @DisplayName("should be handled alike by both on a payment never refunded before")
        void bothAgreeOnAFreshPayment() {
            BuggyRefundablePayment buggy = new BuggyRefundablePayment(new BigDecimal("10.00"), BigDecimal.ZERO);
            RefundablePayment twin = new RefundablePayment(new BigDecimal("10.00"), BigDecimal.ZERO);

            buggy.refund(new BigDecimal("10.00"));
            twin.refund(new BigDecimal("10.00"));

            assertThat(buggy.refunded()).isEqualByComparingTo(twin.refunded()).isEqualByComparingTo("10.00");
        }
    }

    @Nested
    @DisplayName("settlement total at Long.MAX_VALUE")
    class SettlementOverflow {

        @Test
        @DisplayName("should wrap around to a negative total in the buggy class")
        void buggyWraps() {
            BuggySettlementBatch batch = new BuggySettlementBatch(Long.MAX_VALUE);

            batch.add(1);

            assertThat(batch.totalCents()).isEqualTo(Long.MIN_VALUE);
        }

        @Test
        @DisplayName("should be refused by the twin, leaving the total as it was")
        void twinRefuses() {
            SettlementBatch batch = new SettlementBatch(Long.MAX_VALUE);

            assertThatThrownBy(() -> batch.add(1)).isInstanceOf(ArithmeticException.class);
            assertThat(batch.totalCents()).isEqualTo(Long.MAX_VALUE);
        }
    }

    @Nested
    @DisplayName("post, reverse, reverse the same entry")
    class SecondReversal {

        @Test
        @DisplayName("should leave debits and credits apart in the buggy journal")
        void buggyUnbalances() {
            BuggyJournal journal = new BuggyJournal();
            int entry = journal.post(new BigDecimal("1.00"));
            journal.reverse(entry);

            assertThatThrownBy(() -> journal.reverse(entry)).isInstanceOf(IllegalStateException.class);
            assertThat(journal.debits()).isEqualByComparingTo("-1.00");
            assertThat(journal.credits()).isEqualByComparingTo("0.00");
        }

        @Test
        @DisplayName("should leave the twin balanced")
        void twinStaysBalanced() {
            Journal journal = new Journal();
            int entry = journal.post(new BigDecimal("1.00"));
            journal.reverse(entry);

            assertThatThrownBy(() -> journal.reverse(entry)).isInstanceOf(IllegalStateException.class);
            assertThat(journal.debits()).isEqualByComparingTo("0.00");
            assertThat(journal.credits()).isEqualByComparingTo("0.00");
        }

        @Test
        @DisplayName("should not be reachable by a single call on a fresh journal")
        void noSingleCallUnbalances() {
            BuggyJournal journal = new BuggyJournal();

            assertThatThrownBy(() -> journal.reverse(1)).isInstanceOf(IllegalArgumentException.class);
            journal.post(new BigDecimal("2.50"));

            assertThat(journal.debits()).isEqualByComparingTo(journal.credits());
        }
    }
}
