package dev.invariants.property.internal.engine;

/**
 * Shrink passes toward numbers with few digits, where the failure depends on the low digits (a rounding bug fails
 * for the fraction {@code .45}, not for every fraction below it), which a binary search toward zero cannot follow.
 */
final class DigitPasses {
    /** Choices up to this may be a scale (of a {@code BigDecimal}, of a double's fraction). */
    private static final long MAX_SCALE = 20;
    /** How far after a scale its digits may be: a sign choice may sit between them. */
    private static final int REACH = 3;
    /** Choices looked at, from the first: a long record (a 10,000-character string) would use up the budget here. */
    static final int LIMIT = 200;

    private DigitPasses() {
    }

    /** Drops leading decimal digits of each choice ({@code 7345} becomes {@code 5}, then {@code 45}, then {@code 345}). */
    static void fewerDigits(Shrinker shrinker) {
        for (int i = 0; i < Math.min(shrinker.current().length, LIMIT) && !shrinker.exhausted(); i++) {
            long value = shrinker.current()[i];
            for (long power = 10; power <= value / 10 * 10 && power > 0 && !shrinker.exhausted(); power *= 10) {
                if (shrinker.consider(with(shrinker.current(), i, value % power))) {
                    break;
                }
            }
        }
    }

    /**
     * Lowers a small choice (a scale) together with a choice just after it (the digits at that scale), divided by ten
     * for every step of scale, rounded down or half up: {@code 7190719012.1651} (scale 4) becomes
     * {@code 7190719012.17}, or {@code 7190719012} when the failure does not need the fraction at all.
     */
    static void lowerScale(Shrinker shrinker) {
        for (int i = 0; i < Math.min(shrinker.current().length, LIMIT) && !shrinker.exhausted(); i++) {
            for (int j = i + 1; j <= i + REACH && j < shrinker.current().length && !shrinker.exhausted(); j++) {
                lowerScale(shrinker, i, j);
            }
        }
    }

    private static void lowerScale(Shrinker shrinker, int i, int j) {
        long[] current = shrinker.current();
        long scale = current[i];
        long digits = current[j];
        if (scale == 0 || scale > MAX_SCALE || digits < 10) {
            return;
        }
        long power = 1;
        for (int by = 1; by <= scale && power <= Long.MAX_VALUE / 10; by++) {
            power *= 10;
            long down = digits / power;
            long halfUp = down + (digits % power >= power / 2 ? 1 : 0);
            long[] lower = with(with(current, i, scale - by), j, down);
            if (shrinker.consider(lower) || halfUp != down && shrinker.consider(with(lower, j, halfUp))) {
                return;
            }
        }
    }

    private static long[] with(long[] choices, int index, long value) {
        long[] candidate = choices.clone();
        candidate[index] = value;
        return candidate;
    }
}
