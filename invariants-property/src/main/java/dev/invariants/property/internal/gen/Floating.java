package dev.invariants.property.internal.gen;

import dev.invariants.property.spi.Source;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Doubles: a special value (bounds, their neighbours, zeroes, infinities, NaN) or an integer part plus a fraction of
 * a few decimal digits, the double nearest that decimal.
 */
final class Floating {
    /** Decimal digits of a fraction at most: a resolution of a millionth, as fine as the 2^-20 steps drawn before. */
    private static final int FRACTION_DIGITS = 6;
    private static final double WHOLE_LIMIT = 1L << 53;

    private Floating() {
    }

    static double draw(Source source, Bounds bounds, boolean single) {
        double lo = bounds.min() == null ? Double.NEGATIVE_INFINITY : bounds.min().doubleValue();
        double hi = bounds.max() == null ? Double.POSITIVE_INFINITY : bounds.max().doubleValue();
        if (bounds.min() != null && !bounds.minInclusive()) {
            lo = Math.nextUp(lo);
        }
        if (bounds.max() != null && !bounds.maxInclusive()) {
            hi = Math.nextDown(hi);
        }
        if (lo > hi) {
            throw source.reject("empty range [" + lo + ", " + hi + "]");
        }
        List<Double> specials = specials(lo, hi, bounds, single);
        int edge = source.edgeCase(specials.size());
        boolean special = edge >= 0 ? source.choose(1, 1) == 1 : source.chooseBoolean(0.1);
        if (special && !specials.isEmpty()) {
            int index = (int) (edge >= 0 ? source.choose(specials.size() - 1, edge) : source.choose(specials.size() - 1));
            return specials.get(index);
        }
        // decimal digits, their count first: lowering the count drops digits, so a fraction shrinks toward 0.45, not
        // toward 0.4499998 (a binary fraction printed in decimal)
        int digits = (int) source.choose(FRACTION_DIGITS);
        BigDecimal fraction = BigDecimal.valueOf(source.choose(BigInteger.TEN.pow(digits).longValueExact() - 1), digits);
        double low = Math.max(lo, -WHOLE_LIMIT);
        double high = Math.min(hi, WHOLE_LIMIT);
        if (high - low < 2) {
            return Math.min(high, low + (high - low) * fraction.doubleValue());
        }
        BigInteger whole = Integral.drawSuggesting(source,
                BigDecimal.valueOf(Math.ceil(low)).toBigInteger(), BigDecimal.valueOf(Math.floor(high)).toBigInteger(), null);
        BigDecimal exact = new BigDecimal(whole);
        double value = (whole.signum() < 0 ? exact.subtract(fraction) : exact.add(fraction)).doubleValue();
        return Math.max(lo, Math.min(hi, value));
    }

    private static List<Double> specials(double lo, double hi, Bounds bounds, boolean single) {
        List<Double> values = new ArrayList<>();
        if (bounds.min() != null) {
            values.add(lo);
            values.add(Math.nextUp(lo));
        }
        if (bounds.max() != null) {
            values.add(hi);
            values.add(Math.nextDown(hi));
        }
        double min = single ? Float.MIN_VALUE : Double.MIN_VALUE;
        double max = single ? Float.MAX_VALUE : Double.MAX_VALUE;
        for (double value : new double[] {0.0, -0.0, 1.0, -1.0, 0.5, min, -min, max, -max,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            if (value >= lo && value <= hi && !values.contains(value)) {
                values.add(value);
            }
        }
        if (bounds.min() == null && bounds.max() == null) {
            values.add(Double.NaN);
        }
        return values;
    }
}
