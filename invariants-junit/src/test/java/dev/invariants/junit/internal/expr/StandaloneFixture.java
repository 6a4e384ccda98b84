package dev.invariants.junit.internal.expr;

import java.util.List;
import java.util.Map;

/** The context of the standalone compilations: a method with parameters, fields and a private helper. */
class StandaloneFixture {

    private final int base;
    final List<String> items;
    final Map<String, Integer> counts;

    StandaloneFixture(int base, List<String> items, Map<String, Integer> counts) {
        this.base = base;
        this.items = items;
        this.counts = counts;
    }

    int scale(int factor, String label, long big) {
        return base * factor + label.length() + (int) big;
    }

    static double ratio(double numerator, int denominator) {
        return numerator / denominator;
    }

    private int doubled(int value) {
        return 2 * value;
    }

    int baseForTests() {
        return base;
    }

    int doubledForTests(int value) {
        return doubled(value);
    }
}
