package dev.invariants.property.internal.gen;

import dev.invariants.property.spi.Source;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Doubles: a special value (bounds, their neighbours, zeroes, infinities, NaN) or an integer part plus a fraction. */
final class Floating {
    private static final long FRACTION_STEPS = 1L << 20;
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
        double fraction = (double) source.choose(FRACTION_STEPS - 1) / FRACTION_STEPS;
        double low = Math.max(lo, -WHOLE_LIMIT);
        double high = Math.min(hi, WHOLE_LIMIT);
        if (high - low < 2) {
            return Math.min(high, low + (high - low) * fraction);
        }
        BigInteger whole = Integral.drawSuggesting(source,
                BigDecimal.valueOf(Math.ceil(low)).toBigInteger(), BigDecimal.valueOf(Math.floor(high)).toBigInteger(), null);
        double value = whole.doubleValue() + (whole.signum() < 0 ? -fraction : fraction);
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
