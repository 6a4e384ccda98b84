package dev.invariants.examples.planted;

import dev.invariants.Invariant;
import java.math.BigDecimal;

/**
 * A refundable payment with a planted cross-field bug: a refund of exactly the remaining amount is
 * treated as a full refund and overwrites what was refunded before, as code written before partial
 * refunds existed would. On a fresh payment that is right; on a partly refunded one (captured 10.00,
 * refunded 4.00, refund 6.00) it records 6.00 instead of 10.00 as refunded, and the payment then
 * accepts another 4.00 of refunds: 14.00 paid back on a 10.00 capture. Correct twin: {@link RefundablePayment}.
 */
public final class BuggyRefundablePayment {

    private final BigDecimal captured;
    private BigDecimal refunded;

    /**
     * Restores a payment, for example from storage.
     *
     * @param captured the captured amount, positive
     * @param alreadyRefunded what was refunded so far, between zero and {@code captured}
     * @throws IllegalArgumentException if the amounts are inconsistent
     */
    public BuggyRefundablePayment(BigDecimal captured, BigDecimal alreadyRefunded) {
        if (captured.signum() <= 0 || alreadyRefunded.signum() < 0 || alreadyRefunded.compareTo(captured) > 0) {
            throw new IllegalArgumentException("inconsistent payment: captured " + captured + ", refunded " + alreadyRefunded);
        }
        this.captured = captured;
        this.refunded = alreadyRefunded;
    }

    /** @return the sum of the accepted refunds, as this buggy class records it */
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
    @Invariant(id = "buggy-refund-accumulates",
            pre = "amount != null && amount.signum() > 0 && amount.compareTo(captured.subtract(refunded)) <= 0",
            post = "refunded.compareTo(old(refunded).add(amount)) == 0")
    @Invariant(id = "buggy-refund-rejects-over-refundable",
            pre = "amount != null && amount.signum() > 0 && amount.compareTo(captured.subtract(refunded)) > 0",
            raises = IllegalStateException.class)
    public void refund(BigDecimal amount) {
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("refund amount must be positive, was " + amount);
        }
        BigDecimal remaining = captured.subtract(refunded);
        int comparison = amount.compareTo(remaining);
        if (comparison > 0) {
            throw new IllegalStateException("cannot refund " + amount + ", only " + remaining + " left");
        }
        if (comparison == 0) {
            refunded = amount; // planted: a "full refund" forgets the earlier partial refunds
        } else {
            refunded = refunded.add(amount);
        }
    }
}
