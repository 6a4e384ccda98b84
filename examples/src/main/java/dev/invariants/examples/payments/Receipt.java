package dev.invariants.examples.payments;

import java.math.BigDecimal;

/**
 * The outcome of a checkout.
 *
 * @param idempotencyKey the request's key
 * @param amount charged to the customer
 * @param fee kept as the processing fee
 * @param net paid out to the merchant
 * @param replayed whether this is the receipt of an earlier request with the same key (nothing was charged)
 */
public record Receipt(String idempotencyKey, BigDecimal amount, BigDecimal fee, BigDecimal net, boolean replayed) {

    Receipt asReplay() {
        return new Receipt(idempotencyKey, amount, fee, net, true);
    }
}
