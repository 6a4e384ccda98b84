package dev.invariants.examples.payments;

import dev.invariants.Invariant;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** A captured card payment, refundable in parts up to the captured amount. */
public final class Payment {

    private final String id;
    private final Currency currency;
    private final BigDecimal captured;
    private BigDecimal refunded = BigDecimal.ZERO;

    /**
     * Records a captured payment.
     *
     * @param id the payment id
     * @param currency its currency
     * @param captured the captured amount, positive
     * @throws IllegalArgumentException if the captured amount is not positive
     */
    @Invariant(id = "payment-rejects-non-positive-capture",
            pre = "captured != null && captured.signum() <= 0",
            raises = IllegalArgumentException.class)
    public Payment(String id, Currency currency, BigDecimal captured) {
        if (Objects.requireNonNull(captured, "captured").signum() <= 0) {
            throw new IllegalArgumentException("captured amount must be positive, was " + captured);
        }
        this.id = Objects.requireNonNull(id, "id");
        this.currency = Objects.requireNonNull(currency, "currency");
        this.captured = captured;
    }

    /** @return the payment id */
    public String id() {
        return id;
    }

    /** @return the payment's currency */
    public Currency currency() {
        return currency;
    }

    /** @return the captured amount */
    public BigDecimal captured() {
        return captured;
    }

    /** @return the sum of the accepted refunds */
    public BigDecimal refunded() {
        return refunded;
    }

    /**
     * Pays back part or all of what is still refundable.
     *
     * @param amount a positive amount, at most what was captured minus what was already refunded
     * @return the accepted refund
     * @throws IllegalArgumentException if the amount is not positive
     * @throws RefundRejectedException if the amount exceeds what is still refundable
     */
    @Invariant(id = "refund-accumulates",
            pre = "amount != null && amount.signum() > 0 && amount.compareTo(captured.subtract(refunded)) <= 0",
            post = "refunded.compareTo(old(refunded).add(amount)) == 0 && refunded.compareTo(captured) <= 0",
            description = "an accepted refund adds exactly its amount, and refunds never exceed the capture")
    @Invariant(id = "refund-rejects-over-refundable",
            pre = "amount != null && amount.signum() > 0 && amount.compareTo(captured.subtract(refunded)) > 0",
            raises = RefundRejectedException.class,
            description = "cross-field: amount against captured minus already refunded")
    @Invariant(id = "refund-rejects-non-positive",
            pre = "amount != null && amount.signum() <= 0",
            raises = IllegalArgumentException.class)
    public Refund refund(BigDecimal amount) {
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("refund amount must be positive, was " + amount);
        }
        BigDecimal refundable = captured.subtract(refunded);
        if (amount.compareTo(refundable) > 0) {
            throw new RefundRejectedException(id, amount, refundable);
        }
        refunded = refunded.add(amount);
        return new Refund(id, amount, captured.subtract(refunded));
    }
}
