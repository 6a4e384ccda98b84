package dev.invariants.examples.payments;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A customer's request to pay a merchant.
 *
 * @param idempotencyKey the client's key; a retry sends the same one
 * @param method how the customer pays
 * @param amount the amount charged to the customer
 * @param tier the merchant's pricing tier
 */
public record PaymentRequest(String idempotencyKey, PaymentMethod method, BigDecimal amount, Tier tier) {

    /** Rejects missing fields. */
    public PaymentRequest {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(tier, "tier");
    }
}
