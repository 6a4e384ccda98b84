package dev.invariants.examples.strong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.invariants.examples.payments.Payment;
import dev.invariants.examples.payments.Refund;
import dev.invariants.examples.payments.RefundRejectedException;
import dev.invariants.junit.Verifies;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Payment refunds")
class PaymentTests {

    private final Payment payment = new Payment("PAY-1", Currency.getInstance("EUR"), new BigDecimal("100.00"));

    @Test
    @DisplayName("should add up partial refunds")
    @Verifies("refund-accumulates")
    void accumulatesPartialRefunds() {
        payment.refund(new BigDecimal("30.00"));
        Refund second = payment.refund(new BigDecimal("20.00"));

        assertThat(payment.refunded()).isEqualByComparingTo("50.00");
        assertThat(second.amount()).isEqualByComparingTo("20.00");
        assertThat(second.stillRefundable()).isEqualByComparingTo("50.00");
    }

    @Test
    @DisplayName("should accept exactly the remaining amount after a partial refund")
    @Verifies("refund-accumulates")
    void acceptsExactlyTheRemainingAmount() {
        payment.refund(new BigDecimal("40.00"));

        Refund rest = payment.refund(new BigDecimal("60.00"));

        assertThat(payment.refunded()).isEqualByComparingTo(payment.captured()).isEqualByComparingTo("100.00");
        assertThat(rest.stillRefundable()).isEqualByComparingTo("0.00");
    }

    @Test
    @DisplayName("should reject one cent more than the remaining amount and keep the refunds")
    @Verifies("refund-rejects-over-refundable")
    void rejectsOneCentOverTheRemainingAmount() {
        payment.refund(new BigDecimal("40.00"));

        assertThatThrownBy(() -> payment.refund(new BigDecimal("60.01")))
                .isInstanceOf(RefundRejectedException.class)
                .hasMessage("payment PAY-1: cannot refund 60.01, only 60.00 is refundable");
        assertThat(payment.refunded()).isEqualByComparingTo("40.00");
    }

    @Test
    @DisplayName("should reject any refund once fully refunded")
    @Verifies("refund-rejects-over-refundable")
    void rejectsRefundsOfAFullyRefundedPayment() {
        payment.refund(new BigDecimal("100.00"));

        assertThatThrownBy(() -> payment.refund(new BigDecimal("0.01")))
                .isInstanceOf(RefundRejectedException.class);
        assertThat(payment.refunded()).isEqualByComparingTo("100.00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.00", "-0.01"})
    @DisplayName("should refuse to record a payment whose capture is not positive")
    @Verifies("payment-rejects-non-positive-capture")
    void rejectsNonPositiveCaptures(String captured) {
        assertThatThrownBy(() -> new Payment("PAY-2", Currency.getInstance("EUR"), new BigDecimal(captured)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("captured amount must be positive, was " + captured);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.00", "-1.00"})
    @DisplayName("should reject a refund that is not positive")
    @Verifies("refund-rejects-non-positive")
    void rejectsNonPositiveRefunds(String amount) {
        assertThatThrownBy(() -> payment.refund(new BigDecimal(amount)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("refund amount must be positive, was " + amount);
        assertThat(payment.refunded()).isEqualByComparingTo("0");
    }
}
