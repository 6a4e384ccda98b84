package com.acme;

import dev.invariants.Invariant;
import java.math.BigDecimal;

public final class Fees {

    static final BigDecimal CAP = new BigDecimal("250.00");

    @Invariant(id = "fee-non-negative", post = "result.signum() >= 0")
    @Invariant(id = "premium-cap", pre = "premium", post = "result.compareTo(CAP) <= 0")
    public BigDecimal fee(BigDecimal amount, boolean premium) {
        BigDecimal fee = amount.abs().multiply(new BigDecimal("0.02"));
        return premium ? fee.min(CAP) : fee;
    }

    // Legacy: no test calls these two.
    @Invariant(id = "waive-zero", post = "result.signum() == 0")
    public BigDecimal waive(BigDecimal amount) {
        return BigDecimal.ZERO;
    }

    @Invariant(id = "refund-bounded", post = "result.compareTo(amount) <= 0")
    public BigDecimal refund(BigDecimal amount) {
        return amount;
    }
}
