package dev.invariants.junit.internal.ledger;

import dev.invariants.junit.internal.model.Comparisons;
import dev.invariants.junit.internal.model.InvariantRegistry;
import dev.invariants.report.Comparison;
import java.util.Arrays;
import java.util.Map;

/**
 * One thread's closest observation of every compared boundary (slot {@code invariant * MAX + comparison}):
 * the values of both sides, and the test they are credited to. Written by its own thread only; read
 * when the session closes.
 */
public final class Boundaries {

    /** The observation closest to the edge of one comparison of one invariant. */
    public record Closest(int invariant, int comparison, double left, double right, double distance, Tally target) {

        long slot() {
            return (long) invariant * Comparisons.MAX + comparison;
        }
    }

    private double[] distance = new double[0];
    private double[] left = new double[0];
    private double[] right = new double[0];
    private Tally[] target = new Tally[0];

    void observe(int invariant, int comparison, double leftValue, double rightValue, Lane lane) {
        Comparison[] comparisons = InvariantRegistry.comparisons(invariant);
        if (comparison < 0 || comparison >= comparisons.length || Double.isNaN(leftValue) || Double.isNaN(rightValue)) {
            return;
        }
        Tally current = lane.current();
        if (current != null && current.generated()) {
            return; // boundary evidence is about the written suite: generated tests aim at the edges by design
        }
        double d = comparisons[comparison].distance(leftValue, rightValue);
        int slot = invariant * Comparisons.MAX + comparison;
        if (slot >= distance.length) {
            grow(slot);
        }
        if (d < distance[slot]) {
            distance[slot] = d;
            left[slot] = leftValue;
            right[slot] = rightValue;
            target[slot] = current;
        }
    }

    synchronized void into(Map<Long, Closest> best) {
        for (int slot = 0; slot < distance.length; slot++) {
            if (target[slot] == null) {
                continue;
            }
            Closest here = new Closest(slot / Comparisons.MAX, slot % Comparisons.MAX, left[slot], right[slot],
                    distance[slot], target[slot]);
            best.merge(here.slot(), here, (a, b) -> b.distance() < a.distance() ? b : a);
        }
    }

    private synchronized void grow(int slot) {
        int size = Math.max(slot + 1, distance.length * 2);
        int from = distance.length;
        distance = Arrays.copyOf(distance, size);
        Arrays.fill(distance, from, size, Double.POSITIVE_INFINITY);
        left = Arrays.copyOf(left, size);
        right = Arrays.copyOf(right, size);
        target = Arrays.copyOf(target, size);
    }
}
