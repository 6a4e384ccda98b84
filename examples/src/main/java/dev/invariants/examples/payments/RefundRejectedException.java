package dev.invariants.examples.payments;

import java.math.BigDecimal;

/** Thrown when a refund would pay back more than was captured. */
public final class RefundRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param paymentId the payment
     * @param requested the refund asked for
     * @param refundable what could still be refunded
     */
    public RefundRejectedException(String paymentId, BigDecimal requested, BigDecimal refundable) {
        super("payment " + paymentId + ": cannot refund " + requested + ", only " + refundable + " is refundable");
    }
}
