package dev.invariants.benchmarks.startup.suite;

import dev.invariants.Invariant;
import java.math.BigDecimal;

@Invariant(id = "money-scale", post = "amount.scale() == 2")
public final class Money {

    private final BigDecimal amount;

    @Invariant(id = "money-from-value", pre = "value != null", post = "amount.compareTo(value) == 0")
    public Money(BigDecimal value) {
        this.amount = value.setScale(2, java.math.RoundingMode.HALF_EVEN);
    }

    @Invariant(id = "money-plus", pre = "other != null", post = "result.amount.compareTo(amount.add(other.amount)) == 0")
    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public BigDecimal amount() {
        return amount;
    }
}
