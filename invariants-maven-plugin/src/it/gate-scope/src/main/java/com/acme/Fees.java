package com.acme;

import dev.invariants.Invariant;
import java.math.BigDecimal;

public final class Fees {

    static final BigDecimal CAP = new BigDecimal("250.00");

    @Invariant(id = "fee-non-negative", post = "result.signum() >= 0")
    @Invariant(id = "premium-cap", pre = "premium", post = "result.compareTo(CAP) <= 0")
    @Invariant(id = "rejects-negative", pre = "amount.signum() < 0", raises = IllegalArgumentException.class)
    public BigDecimal fee(BigDecimal amount, boolean premium) {
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("negative amount " + amount);
        }
        BigDecimal fee = amount.multiply(new BigDecimal("0.02"));
        return premium ? fee.min(CAP) : fee;
    }

    @Invariant(id = "waive-zero", post = "result.signum() == 0")
    public BigDecimal waive(BigDecimal amount) {
        return BigDecimal.ZERO;
    }

    @Invariant(id = "refund-bounded", post = "result.compareTo(amount) <= 0")
    public BigDecimal refund(BigDecimal amount) {
        return amount;
    }
}
