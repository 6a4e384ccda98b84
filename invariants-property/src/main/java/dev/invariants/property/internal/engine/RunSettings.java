package dev.invariants.property.internal.engine;

/**
 * @param key identifies the property across runs (remembered examples, per-property seed)
 * @param tries how many valid inputs to try
 * @param seed the run's seed; each property derives its own stream from it and {@code key}
 * @param store where failing examples are remembered, or {@code null}
 */
public record RunSettings(String key, int tries, long seed, ExampleStore store) {
    /** Replays of shrink candidates; enough for inputs of a few hundred choices. */
    static final int SHRINK_BUDGET = 10_000;

    int maxAttempts() {
        return Math.max(tries * 10, tries + 100);
    }

    int edgeTries() {
        return Math.min(Math.max(tries / 4, 1), 40);
    }
}
