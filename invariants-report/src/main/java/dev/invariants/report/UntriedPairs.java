package dev.invariants.report;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The missing pairs of an invariant's {@link Combinations} in the order people should read them: a constant
 * against a flag first (an enum against a boolean: the "FAMILY plan with a smoker" a suite varying one field at
 * a time never tries), then two constants, then a constant against a range, then the rest.
 */
final class UntriedPairs {

    /** The classes of numbers, texts, collections and other references: not a named value. */
    private static final Set<String> RANGES = Set.of("negative", "zero", "positive", "NaN", "null", "non-null", "empty",
            "blank", "one", "many", "other");

    private UntriedPairs() {}

    static List<Combinations.Pair> mostTelling(Combinations combinations) {
        // Stable: sorted by rank alone keeps missing()'s input and class order among equals.
        return combinations.missing().stream().sorted(Comparator.comparingInt(UntriedPairs::rank)).toList();
    }


    private static int rank(Combinations.Pair pair) {
        boolean firstFlag = isFlag(pair.firstClass());
        boolean secondFlag = isFlag(pair.secondClass());
        boolean firstNamed = isNamed(pair.firstClass());
        boolean secondNamed = isNamed(pair.secondClass());
        if ((firstFlag && secondNamed && !secondFlag) || (secondFlag && firstNamed && !firstFlag)) {
            return 0;
        }
        if (firstNamed && secondNamed) {
            return 1;
        }
        return firstNamed || secondNamed ? 2 : 3;
    }

    private static boolean isFlag(String value) {
        return value.equals("true") || value.equals("false");
    }

    /** A boolean or an enum constant: a value of its own, not a range of values. */
    private static boolean isNamed(String value) {
        return !RANGES.contains(value) && !value.startsWith("=");
    }
}
