package dev.invariants.property.internal.gen;

import dev.invariants.property.spi.Source;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** {@link BigDecimal}s: a scale, then an unscaled integer inside the bounds at that scale. */
final class Decimals {
    private static final int DEFAULT_MAX_SCALE = 4;

    private Decimals() {
    }

    static BigDecimal draw(Source source, Bounds bounds) {
        int boundScale = Math.max(scale(bounds.min()), scale(bounds.max()));
        int maxScale = Math.max(DEFAULT_MAX_SCALE, Math.min(boundScale, 20));
        BigDecimal ulp = BigDecimal.ONE.movePointLeft(boundScale);
        List<BigDecimal> edges = edges(bounds, ulp);
        int edge = source.edgeCase(edges.size());
        BigDecimal suggested = edge < 0 ? null : edges.get(edge);
        int scale = (int) (suggested == null ? source.choose(maxScale) : source.choose(maxScale, Math.max(0, suggested.scale())));
        BigInteger lo = null;
        BigInteger hi = null;
        if (bounds.min() != null) {
            BigDecimal scaled = bounds.min().movePointRight(scale);
            lo = scaled.setScale(0, RoundingMode.CEILING).toBigIntegerExact();
            if (!bounds.minInclusive() && scaled.compareTo(new BigDecimal(lo)) == 0) {
                lo = lo.add(BigInteger.ONE);
            }
        }
        if (bounds.max() != null) {
            BigDecimal scaled = bounds.max().movePointRight(scale);
            hi = scaled.setScale(0, RoundingMode.FLOOR).toBigIntegerExact();
            if (!bounds.maxInclusive() && scaled.compareTo(new BigDecimal(hi)) == 0) {
                hi = hi.subtract(BigInteger.ONE);
            }
        }
        BigInteger unscaled = suggested == null
                ? Integral.drawSuggesting(source, lo, hi, null)
                : Integral.drawSuggesting(source, lo, hi, suggested.movePointRight(scale).toBigInteger());
        return new BigDecimal(unscaled, scale);
    }

    private static List<BigDecimal> edges(Bounds bounds, BigDecimal ulp) {
        List<BigDecimal> edges = new ArrayList<>();
        if (bounds.min() != null) {
            BigDecimal first = bounds.minInclusive() ? bounds.min() : bounds.min().add(ulp);
            edges.add(first);
            edges.add(first.add(ulp));
        }
        if (bounds.max() != null) {
            BigDecimal last = bounds.maxInclusive() ? bounds.max() : bounds.max().subtract(ulp);
            edges.add(last);
            edges.add(last.subtract(ulp));
        }
        for (String value : new String[] {"0", "1", "-1", "0.01", "-0.01"}) {
            edges.add(new BigDecimal(value));
        }
        edges.removeIf(value -> !inside(value, bounds));
        return edges;
    }

    static boolean inside(BigDecimal value, Bounds bounds) {
        if (bounds.min() != null) {
            int c = value.compareTo(bounds.min());
            if (c < 0 || c == 0 && !bounds.minInclusive()) {
                return false;
            }
        }
        if (bounds.max() != null) {
            int c = value.compareTo(bounds.max());
            return c < 0 || c == 0 && bounds.maxInclusive();
        }
        return true;
    }

    private static int scale(BigDecimal value) {
        return value == null ? 0 : Math.max(0, value.stripTrailingZeros().scale());
    }
}
