package dev.invariants.examples.payments;

import dev.invariants.Invariant;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Card processing fees. Standard merchants pay 2.9 %, premium merchants 2.5 % with a regulatory cap
 * of 250.00 per payment. Fees are rounded down to the cent, in the merchant's favour.
 */
public final class FeeCalculator {

    static final BigDecimal STANDARD_RATE = new BigDecimal("0.029");
    static final BigDecimal PREMIUM_RATE = new BigDecimal("0.025");
    static final BigDecimal PREMIUM_CAP = new BigDecimal("250.00");
    /** The smallest amount whose premium fee is the cap: 250.00 / 2.5 %. */
    static final BigDecimal PREMIUM_CAP_REACHED_AT = new BigDecimal("10000.00");

    /**
     * Computes the fee for a payment.
     *
     * @param amount the payment amount, not negative
     * @param tier the merchant's tier
     * @return the fee, with two decimals
     * @throws IllegalArgumentException if the amount is negative
     */
    @Invariant(id = "fee-non-negative",
            pre = "amount != null && amount.signum() >= 0 && tier != null",
            post = "result.signum() >= 0")
    @Invariant(id = "premium-fee-cap",
            pre = "tier == Tier.PREMIUM && amount != null && amount.signum() >= 0",
            post = "result.compareTo(PREMIUM_CAP) <= 0",
            description = "regulation: a premium fee never exceeds 250.00")
    @Invariant(id = "premium-fee-rate",
            pre = "tier == Tier.PREMIUM && amount != null && amount.signum() >= 0",
            post = "result.compareTo(amount.multiply(PREMIUM_RATE)) <= 0",
            description = "a premium fee is never more than 2.5 % of the amount")
    @Invariant(id = "premium-fee-capped-from-threshold",
            pre = "tier == Tier.PREMIUM && amount != null && amount.compareTo(PREMIUM_CAP_REACHED_AT) >= 0",
            post = "result.compareTo(PREMIUM_CAP) == 0",
            description = "from 10,000.00 on, a premium fee is exactly the cap")
    @Invariant(id = "fee-rejects-negative-amount",
            pre = "amount != null && amount.signum() < 0",
            raises = IllegalArgumentException.class)
    public BigDecimal calculateFee(BigDecimal amount, Tier tier) {
        if (Objects.requireNonNull(amount, "amount").signum() < 0) {
            throw new IllegalArgumentException("amount must not be negative, was " + amount);
        }
        Objects.requireNonNull(tier, "tier");
        BigDecimal rate = tier == Tier.PREMIUM ? PREMIUM_RATE : STANDARD_RATE;
        BigDecimal fee = amount.multiply(rate).setScale(2, RoundingMode.DOWN);
        return tier == Tier.PREMIUM ? fee.min(PREMIUM_CAP) : fee;
    }
}
