package dev.invariants.examples.aiwritten;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.invariants.examples.payments.Payment;
import dev.invariants.examples.payments.Refund;
import dev.invariants.examples.payments.RefundRejectedException;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PaymentTests {

    private static final Currency EUR = Currency.getInstance("EUR");

    private Payment payment;

    @BeforeEach
    void setUp() {
        payment = new Payment("PAY-1", EUR, new BigDecimal("100.00"));
    }

    @Test
    void testRefund() {
        Refund refund = payment.refund(new BigDecimal("40.00"));

        assertNotNull(refund);
        assertEquals("PAY-1", refund.paymentId());
        assertEquals(new BigDecimal("60.00"), refund.stillRefundable());
    }

    @Test
    void testRefundWithZeroAmountThrowsException() {
        assertThrows(IllegalArgumentException.class, () -> payment.refund(BigDecimal.ZERO));
    }

    @Test
    void testPaymentGetters() {
        payment.id();
        payment.currency();
        payment.captured();
        payment.refunded();
    }

    @Test
    void testRefundRejectedExceptionMessage() {
        RefundRejectedException exception =
                new RefundRejectedException("PAY-1", BigDecimal.TEN, BigDecimal.ONE);

        assertNotNull(exception.getMessage());
    }
}
