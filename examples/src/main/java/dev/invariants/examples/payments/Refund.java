package dev.invariants.examples.payments;

import java.math.BigDecimal;

/**
 * An accepted refund.
 *
 * @param paymentId the refunded payment
 * @param amount the amount paid back
 * @param stillRefundable what can still be refunded on that payment afterwards
 */
public record Refund(String paymentId, BigDecimal amount, BigDecimal stillRefundable) {}
