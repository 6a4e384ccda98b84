package dev.invariants.benchmarks.property;

import dev.invariants.Invariant;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Three pure methods whose invariants the property engine turns into properties: a precondition the
 * generators fully understand (ranges), one they understand in part (the sign, not the modulus: the
 * rest is filtered), and one over {@code BigDecimal}.
 */
public final class Targets {

    private Targets() {}

    @Invariant(id = "clamp-in-range", pre = "low <= high && value >= -1000 && value <= 1000",
            post = "result >= low && result <= high")
    public static int clamp(int value, int low, int high) {
        return Math.max(low, Math.min(high, value));
    }

    @Invariant(id = "third-exact", pre = "n >= 0 && n % 3 == 0", post = "result * 3 == n")
    public static int third(int n) {
        return n / 3;
    }

    @Invariant(id = "fee-within-amount", pre = "amount.signum() > 0 && percent >= 0 && percent <= 100",
            post = "result.signum() >= 0 && result.compareTo(amount) <= 0")
    public static BigDecimal fee(BigDecimal amount, int percent) {
        return amount.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), amount.scale(), RoundingMode.DOWN);
    }
}
