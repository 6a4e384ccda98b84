package dev.invariants.examples.planted;

import dev.invariants.Invariant;
import java.math.BigDecimal;

/** The correct twin of {@link BuggyRefundablePayment}. */
public final class RefundablePayment {

    private final BigDecimal captured;
    private BigDecimal refunded;

    /**
     * Restores a payment, for example from storage.
     *
     * @param captured the captured amount, positive
     * @param alreadyRefunded what was refunded so far, between zero and {@code captured}
     * @throws IllegalArgumentException if the amounts are inconsistent
     */
    public RefundablePayment(BigDecimal captured, BigDecimal alreadyRefunded) {
        if (captured.signum() <= 0 || alreadyRefunded.signum() < 0 || alreadyRefunded.compareTo(captured) > 0) {
            throw new IllegalArgumentException("inconsistent payment: captured " + captured + ", refunded " + alreadyRefunded);
        }
        this.captured = captured;
        this.refunded = alreadyRefunded;
    }

    /** @return the sum of the accepted refunds */
    public BigDecimal refunded() {
        return refunded;
    }

    /**
     * Pays back part or all of what is still refundable.
     *
     * @param amount a positive amount, at most captured minus refunded
     * @throws IllegalArgumentException if the amount is not positive
     * @throws IllegalStateException if the amount exceeds what is still refundable
     */
    @Invariant(id = "twin-refund-accumulates",
            pre = "amount != null && amount.signum() > 0 && amount.compareTo(captured.subtract(refunded)) <= 0",
            post = "refunded.compareTo(old(refunded).add(amount)) == 0")
    @Invariant(id = "twin-refund-rejects-over-refundable",
            pre = "amount != null && amount.signum() > 0 && amount.compareTo(captured.subtract(refunded)) > 0",
            raises = IllegalStateException.class)
    public void refund(BigDecimal amount) {
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("refund amount must be positive, was " + amount);
        }
        if (amount.compareTo(captured.subtract(refunded)) > 0) {
            throw new IllegalStateException("cannot refund " + amount + ", only " + captured.subtract(refunded) + " left");
        }
        refunded = refunded.add(amount);
    }
}
