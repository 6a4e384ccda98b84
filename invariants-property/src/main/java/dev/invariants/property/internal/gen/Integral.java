package dev.invariants.property.internal.gen;

import dev.invariants.property.spi.Source;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Integers in a range, encoded as [side] [magnitude from the shrink target], the target being
 * {@code 0} moved into the range. Lowering the magnitude choice moves the value toward the target,
 * so shrinking a value that fails from 1000 upwards stops exactly at 1000.
 */
public final class Integral {
    /** Farthest a value strays from its target on an unbounded side (BigInteger), unless it goes huge. */
    static final BigInteger CAP = BigInteger.ONE.shiftLeft(62);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    /** How far from its target a value biased toward small magnitudes usually goes. */
    static final long SMALL = 1000;

    private Integral() {
    }

    /** @param lo the least value, {@code null} for unbounded; @param hi the greatest, {@code null} for unbounded */
    public static BigInteger draw(Source source, BigInteger lo, BigInteger hi) {
        BigInteger target = target(source, lo, hi);
        List<BigInteger> edges = edges(lo, hi, target);
        int edge = source.edgeCase(edges.size());
        return encode(source, lo, hi, target, edge < 0 ? null : edges.get(edge), false, false);
    }

    /**
     * Like {@link #draw}, biased toward small magnitudes on the sides {@code pre} leaves open ({@code openBelow},
     * {@code openAbove}: only the type bounds them), as Hypothesis does: nine draws in ten stay within {@link #SMALL}
     * of the target, the tenth may span the whole range ({@link Source#chooseSmall}: the same one choice, so values
     * shrink as before). Extreme values still come as edge
     * cases. Code whose cost grows with a number ({@code BigInteger.pow}, {@code setScale}) then runs in time, and
     * counterexamples start small.
     */
    public static BigInteger drawSmall(Source source, BigInteger lo, BigInteger hi, boolean openBelow, boolean openAbove) {
        BigInteger target = target(source, lo, hi);
        List<BigInteger> edges = edges(lo, hi, target);
        int edge = source.edgeCase(edges.size());
        return encode(source, lo, hi, target, edge < 0 ? null : edges.get(edge), openBelow, openAbove);
    }

    /** Like {@link #draw} with the caller's own edge case, {@code null} for an ordinary draw. */
    public static BigInteger drawSuggesting(Source source, BigInteger lo, BigInteger hi, BigInteger suggested) {
        BigInteger target = target(source, lo, hi);
        boolean inside = suggested != null && (lo == null || suggested.compareTo(lo) >= 0)
                && (hi == null || suggested.compareTo(hi) <= 0);
        return encode(source, lo, hi, target, inside ? suggested : null, false, false);
    }

    private static BigInteger target(Source source, BigInteger lo, BigInteger hi) {
        if (lo != null && hi != null && lo.compareTo(hi) > 0) {
            throw source.reject("empty range [" + lo + ", " + hi + "]");
        }
        BigInteger target = BigInteger.ZERO;
        if (lo != null && target.compareTo(lo) < 0) {
            target = lo;
        }
        if (hi != null && target.compareTo(hi) > 0) {
            target = hi;
        }
        return target;
    }

    private static BigInteger encode(Source source, BigInteger lo, BigInteger hi, BigInteger target, BigInteger suggested,
            boolean openBelow, boolean openAbove) {
        BigInteger up = hi == null ? CAP : hi.subtract(target);
        BigInteger down = lo == null ? CAP : target.subtract(lo);
        boolean negative;
        if (up.signum() > 0 && down.signum() > 0) {
            negative = suggested == null ? source.choose(1) == 1 : source.choose(1, suggested.compareTo(target) < 0 ? 1 : 0) == 1;
        } else {
            negative = up.signum() == 0 && down.signum() > 0;
        }
        // the negative side starts one below the target, so no value has two encodings
        BigInteger side = negative ? down.subtract(BigInteger.ONE) : up;
        long max = side.min(LONG_MAX).longValueExact();
        boolean small = negative ? openBelow : openAbove;
        BigInteger magnitude = BigInteger.valueOf(suggested == null
                ? small ? source.chooseSmall(max, SMALL) : source.choose(max)
                : source.choose(max, suggested.subtract(target).abs().subtract(negative ? BigInteger.ONE : BigInteger.ZERO)
                        .min(LONG_MAX).longValueExact()));
        if ((negative ? lo : hi) == null) {
            magnitude = huge(source, magnitude, suggested == null);
        }
        return negative ? target.subtract(magnitude).subtract(BigInteger.ONE) : target.add(magnitude);
    }

    public static long drawLong(Source source, long lo, long hi) {
        return draw(source, BigInteger.valueOf(lo), BigInteger.valueOf(hi)).longValueExact();
    }

    /** The integer range of {@code bounds} within {@code [typeMin, typeMax]} ({@code null} = unbounded). */
    public static BigInteger[] range(Bounds bounds, BigInteger typeMin, BigInteger typeMax) {
        BigInteger lo = typeMin;
        BigInteger hi = typeMax;
        if (bounds.min() != null) {
            BigDecimal min = bounds.min();
            BigInteger ceiling = min.setScale(0, RoundingMode.CEILING).toBigIntegerExact();
            if (!bounds.minInclusive() && min.compareTo(new BigDecimal(ceiling)) == 0) {
                ceiling = ceiling.add(BigInteger.ONE);
            }
            lo = lo == null ? ceiling : lo.max(ceiling);
        }
        if (bounds.max() != null) {
            BigDecimal max = bounds.max();
            BigInteger floor = max.setScale(0, RoundingMode.FLOOR).toBigIntegerExact();
            if (!bounds.maxInclusive() && max.compareTo(new BigDecimal(floor)) == 0) {
                floor = floor.subtract(BigInteger.ONE);
            }
            hi = hi == null ? floor : hi.min(floor);
        }
        return new BigInteger[] {lo, hi};
    }

    private static BigInteger huge(Source source, BigInteger magnitude, boolean random) {
        boolean huge = random ? source.chooseBoolean(0.05) : source.choose(1, 0) == 1;
        if (!huge) {
            return magnitude;
        }
        return magnitude.shiftLeft((int) source.choose(256)).add(CAP);
    }

    /** The bounds and their neighbours first, then the values around zero. */
    private static List<BigInteger> edges(BigInteger lo, BigInteger hi, BigInteger target) {
        List<BigInteger> edges = new ArrayList<>();
        if (lo != null) {
            add(edges, lo, lo, hi);
            add(edges, lo.add(BigInteger.ONE), lo, hi);
        }
        if (hi != null) {
            add(edges, hi, lo, hi);
            add(edges, hi.subtract(BigInteger.ONE), lo, hi);
        }
        add(edges, target, lo, hi);
        add(edges, BigInteger.ONE, lo, hi);
        add(edges, BigInteger.ONE.negate(), lo, hi);
        return edges;
    }

    private static void add(List<BigInteger> edges, BigInteger value, BigInteger lo, BigInteger hi) {
        boolean inside = (lo == null || value.compareTo(lo) >= 0) && (hi == null || value.compareTo(hi) <= 0);
        if (inside && !edges.contains(value)) {
            edges.add(value);
        }
    }
}
