package dev.invariants.examples.payments;

/** How a customer pays. */
public enum PaymentMethod {
    /** A card payment. */
    CARD,
    /** A bank transfer. */
    BANK_TRANSFER,
    /** A wallet (phone, browser). */
    WALLET
}
