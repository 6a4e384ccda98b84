package dev.invariants.property.internal.engine;

/**
 * Shrink passes over the spans generators mark ({@link ChoiceRecorder#span}: the calls of a sequence). A call is
 * deleted whole whatever its number of choices; two calls that only make sense together ({@code lock()} and a later
 * {@code unlock()} whose {@code pre} needs the lock) are deleted as a pair; neighbouring calls that do not depend on
 * each other are put in their simplest order; two calls of one method are merged into one with a larger argument.
 */
final class SpanPasses {
    /** How much larger a merged call's choice may become. */
    private static final long SMALL = 16;

    private SpanPasses() {
    }

    /** Deletes each marked span, the last first. */
    static void deleteMarked(Shrinker shrinker) {
        for (int k = count(shrinker) - 1; k >= 0 && !shrinker.exhausted(); k--) {
            int[] spans = shrinker.spans();
            if (2 * k + 1 < spans.length) {
                shrinker.consider(without(shrinker.current(), spans[2 * k], spans[2 * k + 1], 0, 0));
            }
        }
    }

    /** Deletes two marked spans at once, every pair that does not overlap, the later pairs first. */
    static void deletePairs(Shrinker shrinker) {
        for (int b = count(shrinker) - 1; b > 0 && !shrinker.exhausted(); b--) {
            for (int a = b - 1; a >= 0 && !shrinker.exhausted(); a--) {
                int[] spans = shrinker.spans();
                if (2 * b + 1 >= spans.length) {
                    break;
                }
                int aStart = spans[2 * a];
                int aEnd = spans[2 * a + 1];
                int bStart = spans[2 * b];
                int bEnd = spans[2 * b + 1];
                if (aEnd <= bStart) {
                    shrinker.consider(without(shrinker.current(), aStart, aEnd, bStart, bEnd));
                } else if (bEnd <= aStart) {
                    shrinker.consider(without(shrinker.current(), bStart, bEnd, aStart, aEnd));
                }
            }
        }
    }

    /**
     * Deletes a span and raises one choice of an earlier span of the same length and the same first two choices (a
     * call of the same method) by up to {@link #SMALL}: {@code addSalt(1); addSalt(1)} becomes {@code addSalt(2)},
     * which no deletion alone reaches (an argument's lowest choice is often its least value, not zero).
     */
    static void mergeSame(Shrinker shrinker) {
        for (int b = count(shrinker) - 1; b > 0 && !shrinker.exhausted(); b--) {
            // into the nearest earlier call of the same method only: every pair would cost sixteen replays a choice
            for (int a = b - 1; a >= 0 && !shrinker.exhausted(); a--) {
                if (same(shrinker, a, b)) {
                    merge(shrinker, a, b);
                    break;
                }
            }
        }
    }

    private static boolean same(Shrinker shrinker, int a, int b) {
        int[] spans = shrinker.spans();
        long[] current = shrinker.current();
        if (2 * b + 1 >= spans.length || spans[2 * b + 1] > current.length) {
            return false;
        }
        int aStart = spans[2 * a];
        int length = spans[2 * a + 1] - aStart;
        int bStart = spans[2 * b];
        return length >= 3 && spans[2 * b + 1] - bStart == length && spans[2 * a + 1] <= bStart
                && current[aStart] == current[bStart] && current[aStart + 1] == current[bStart + 1];
    }

    private static boolean merge(Shrinker shrinker, int a, int b) {
        int[] spans = shrinker.spans();
        long[] current = shrinker.current();
        int aStart = spans[2 * a];
        int length = spans[2 * a + 1] - aStart;
        int bStart = spans[2 * b];
        long[] shorter = without(current, bStart, spans[2 * b + 1], 0, 0);
        for (int p = aStart + 2; p < aStart + length; p++) {
            for (long by = 1; by <= SMALL && shorter[p] <= Long.MAX_VALUE - by && !shrinker.exhausted(); by++) {
                long[] candidate = shorter.clone();
                candidate[p] += by;
                if (shrinker.consider(candidate)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Swaps neighbouring spans (one ends where the next starts) whose swap is simpler and still fails. */
    static void sortMarked(Shrinker shrinker) {
        for (int k = 0; k + 1 < count(shrinker) && !shrinker.exhausted(); k++) {
            int[] spans = shrinker.spans();
            if (2 * k + 3 >= spans.length) {
                return;
            }
            int start = spans[2 * k];
            int middle = spans[2 * k + 1];
            int end = spans[2 * k + 3];
            long[] current = shrinker.current();
            if (middle != spans[2 * k + 2] || end > current.length) {
                continue;
            }
            long[] candidate = current.clone();
            int second = end - middle;
            System.arraycopy(current, middle, candidate, start, second);
            System.arraycopy(current, start, candidate, start + second, middle - start);
            shrinker.consider(candidate);
        }
    }

    private static int count(Shrinker shrinker) {
        return shrinker.spans().length / 2;
    }

    /** The choices without {@code [from, to)} and {@code [from2, to2)}, the first before the second. */
    private static long[] without(long[] choices, int from, int to, int from2, int to2) {
        int end = Math.min(to2, choices.length);
        int start2 = Math.min(from2, end);
        int cut = Math.min(to, choices.length) - Math.min(from, choices.length) + (end - start2);
        long[] candidate = new long[choices.length - cut];
        int at = 0;
        for (int i = 0; i < choices.length; i++) {
            if ((i < from || i >= to) && (i < start2 || i >= end)) {
                candidate[at++] = choices[i];
            }
        }
        return candidate;
    }
}
