package dev.invariants.property.internal.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shrink passes that lower a group of choices at once, where lowering any one or two of them alone turns the failure
 * into a pass: values that must keep their differences ({@code lo}, {@code lo + 2}, {@code lo + 5}) and values that
 * must stay equal however many copies there are.
 */
final class GroupPasses {
    private static final long SMALL = 16;

    private GroupPasses() {
    }

    /**
     * Subtracts one amount from every non-zero choice of a group, the largest amount that still fails: the group is the
     * whole record, then each marked span (a call's arguments). Differences between them are kept.
     */
    static void lowerCommonOffset(Shrinker shrinker) {
        List<int[]> groups = new ArrayList<>();
        groups.add(new int[] {0, shrinker.current().length});
        int[] spans = shrinker.spans();
        for (int k = 0; k + 1 < spans.length; k += 2) {
            groups.add(new int[] {spans[k], spans[k + 1]});
        }
        for (int[] group : groups) {
            int[] members = nonZero(shrinker.current(), group[0], group[1]);
            if (members.length >= 2 && !shrinker.exhausted()) {
                lowerBy(shrinker, members);
            }
        }
    }

    private static void lowerBy(Shrinker shrinker, int[] members) {
        long least = Long.MAX_VALUE;
        for (int index : members) {
            least = Math.min(least, shrinker.current()[index]);
        }
        if (shrinker.consider(shifted(shrinker.current(), members, least)) || !shrinker.consider(shifted(shrinker.current(), members, 1))) {
            return;
        }
        // lowered by one already; lowering by the rest of the least value passed
        long[] base = shrinker.current();
        if (!fits(base, members)) {
            return;
        }
        long failing = 0;
        long passing = least - 1;
        while (failing + 1 < passing && !shrinker.exhausted()) {
            long middle = failing + (passing - failing) / 2;
            if (shrinker.consider(shifted(base, members, middle))) {
                failing = middle;
            } else {
                passing = middle;
            }
        }
    }

    /**
     * Sets every copy of a repeated value to one lower value, the smallest that still fails (zero, a small value, then
     * by binary search): equal choices (a quantity given to two calls, a bound and a value at it) stay equal.
     */
    static void lowerDuplicates(Shrinker shrinker) {
        Map<Long, List<Integer>> copies = new LinkedHashMap<>();
        long[] current = shrinker.current();
        for (int i = 0; i < Math.min(current.length, DigitPasses.LIMIT); i++) {
            if (current[i] > 0) {
                copies.computeIfAbsent(current[i], value -> new ArrayList<>()).add(i);
            }
        }
        for (Map.Entry<Long, List<Integer>> entry : copies.entrySet()) {
            int[] members = entry.getValue().stream().mapToInt(Integer::intValue).toArray();
            if (members.length >= 2 && !shrinker.exhausted() && fits(shrinker.current(), members)) {
                setTogether(shrinker, members, entry.getKey());
            }
        }
    }

    private static void setTogether(Shrinker shrinker, int[] members, long value) {
        long[] base = shrinker.current();
        for (long small = 0; small < Math.min(value, SMALL); small++) {
            if (shrinker.consider(set(base, members, small))) {
                return;
            }
        }
        long passing = Math.min(value, SMALL) - 1;
        long failing = value;
        while (passing + 1 < failing && !shrinker.exhausted()) {
            long middle = passing + (failing - passing) / 2;
            if (shrinker.consider(set(base, members, middle))) {
                failing = middle;
            } else {
                passing = middle;
            }
        }
    }

    private static int[] nonZero(long[] choices, int from, int to) {
        List<Integer> members = new ArrayList<>();
        for (int i = from; i < Math.min(to, choices.length); i++) {
            if (choices[i] > 0) {
                members.add(i);
            }
        }
        return members.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean fits(long[] choices, int[] members) {
        return members[members.length - 1] < choices.length;
    }

    private static long[] shifted(long[] choices, int[] members, long by) {
        long[] candidate = choices.clone();
        for (int index : members) {
            if (index < candidate.length) {
                candidate[index] = Math.max(0, candidate[index] - by);
            }
        }
        return candidate;
    }

    private static long[] set(long[] choices, int[] members, long value) {
        long[] candidate = choices.clone();
        for (int index : members) {
            candidate[index] = value;
        }
        return candidate;
    }
}
