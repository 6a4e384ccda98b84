package dev.invariants.benchmarks.percall;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * The same method constrained with Bean Validation: {@code pre amount >= 0} as a parameter constraint,
 * the post-condition as return-value constraints. Bean Validation cannot relate the result to a
 * parameter without a custom cross-parameter constraint, so the return value gets the nearest
 * built-in ones: not negative, and below a bound (one {@code post} comparison vs two constraints).
 */
public class ValidatedFees {

    @PositiveOrZero
    @DecimalMax("9223372036854775807")
    public long addFee(@PositiveOrZero long amount) {
        return amount + amount / 100;
    }
}
