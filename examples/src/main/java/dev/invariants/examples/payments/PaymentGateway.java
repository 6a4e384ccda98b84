package dev.invariants.examples.payments;

import java.math.BigDecimal;

/** The card network or bank that moves the customer's money. Implemented by infrastructure. */
public interface PaymentGateway {

    /**
     * Charges the customer.
     *
     * @param idempotencyKey the request's key, passed on so the gateway deduplicates too
     * @param method how the customer pays
     * @param amount the amount to charge
     */
    void charge(String idempotencyKey, PaymentMethod method, BigDecimal amount);
}
