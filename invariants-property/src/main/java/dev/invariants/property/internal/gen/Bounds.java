package dev.invariants.property.internal.gen;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/**
 * What the precondition demands of one value in one try, with the bounds already evaluated.
 * Generators apply what they understand; the rest is left to the precondition check (filtering).
 *
 * @param allowed enum constant names the value must be one of, or {@code null} for any
 */
public record Bounds(boolean nonNull, boolean mustBeNull, BigDecimal min, boolean minInclusive, BigDecimal max,
        boolean maxInclusive, long minLength, long maxLength, Set<String> allowed, Set<String> excluded) {

    public static final Bounds NONE =
            new Bounds(false, false, null, true, null, true, 0, Long.MAX_VALUE, null, Set.of());

    public Bounds withNonNull() {
        return new Bounds(true, mustBeNull, min, minInclusive, max, maxInclusive, minLength, maxLength, allowed, excluded);
    }

    public Bounds withNull() {
        return new Bounds(nonNull, true, min, minInclusive, max, maxInclusive, minLength, maxLength, allowed, excluded);
    }

    public Bounds withMin(BigDecimal value, boolean inclusive) {
        if (min != null && (min.compareTo(value) > 0 || min.compareTo(value) == 0 && !minInclusive)) {
            return this;
        }
        return new Bounds(nonNull, mustBeNull, value, inclusive, max, maxInclusive, minLength, maxLength, allowed, excluded);
    }

    public Bounds withMax(BigDecimal value, boolean inclusive) {
        if (max != null && (max.compareTo(value) < 0 || max.compareTo(value) == 0 && !maxInclusive)) {
            return this;
        }
        return new Bounds(nonNull, mustBeNull, min, minInclusive, value, inclusive, minLength, maxLength, allowed, excluded);
    }

    public Bounds withLength(long atLeast, long atMost) {
        return new Bounds(nonNull, mustBeNull, min, minInclusive, max, maxInclusive,
                Math.max(minLength, atLeast), Math.min(maxLength, atMost), allowed, excluded);
    }

    public Bounds withAllowed(String constant) {
        Set<String> only = new HashSet<>();
        if (allowed == null || allowed.contains(constant)) {
            only.add(constant);
        }
        return new Bounds(nonNull, mustBeNull, min, minInclusive, max, maxInclusive, minLength, maxLength, only, excluded);
    }

    public Bounds withExcluded(String constant) {
        Set<String> more = new HashSet<>(excluded);
        more.add(constant);
        return new Bounds(nonNull, mustBeNull, min, minInclusive, max, maxInclusive, minLength, maxLength, allowed, more);
    }
}
