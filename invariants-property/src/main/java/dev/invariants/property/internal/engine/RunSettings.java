package dev.invariants.property.internal.engine;

import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * @param key identifies the property across runs (remembered examples, per-property seed)
 * @param tries how many valid inputs to try
 * @param seed the run's seed; each property derives its own stream from it and {@code key}
 * @param store where failing examples are remembered, or {@code null}
 * @param deadline how long one try may run before it is left behind as too slow
 * @param budget how long the whole property (tries and shrinking) may run
 * @param credit wraps what a worker thread runs, so the runtime credits it to the test on the calling thread
 */
public record RunSettings(String key, int tries, long seed, ExampleStore store, Duration deadline, Duration budget,
        UnaryOperator<Runnable> credit) {
    /** Replays of shrink candidates; enough for inputs of a few hundred choices. */
    static final int SHRINK_BUDGET = 10_000;
    /** Tries left behind (each on a thread that may still compute) after which a property stops. */
    static final int MAX_ABANDONED = 3;

    /** The default limits (one second a try, thirty a property), nothing to credit. */
    public RunSettings(String key, int tries, long seed, ExampleStore store) {
        this(key, tries, seed, store, Duration.ofSeconds(1), Duration.ofSeconds(30), UnaryOperator.identity());
    }

    int maxAttempts() {
        return Math.max(tries * 10, tries + 100);
    }

    int edgeTries() {
        return Math.min(Math.max(tries / 4, 1), 40);
    }
}
