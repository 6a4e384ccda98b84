package dev.invariants.property.internal.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Runs one property: remembered failing examples first, then edge cases, then random inputs; the
 * first failure is shrunk, remembered and returned.
 */
public final class PropertyRunner {
    private static final double EDGE_PROBABILITY = 0.1;

    private final Property property;
    private final RunSettings settings;
    private final Map<String, Integer> rejectReasons = new LinkedHashMap<>();
    private int tries;
    private int rejected;

    public PropertyRunner(Property property, RunSettings settings) {
        this.property = property;
        this.settings = settings;
    }

    public RunResult run() {
        long start = System.nanoTime();
        Optional<long[]> remembered = settings.store() == null ? Optional.empty() : settings.store().load(settings.key());
        if (remembered.isPresent()) {
            Attempt replayed = attempt(ChoiceRecorder.replaying(remembered.get()));
            if (replayed.outcome().failed()) {
                return shrunk(replayed, true, start);
            }
            settings.store().forget(settings.key());
        }
        long streamSeed = settings.seed() ^ (settings.key().hashCode() * 0x9E3779B97F4A7C15L);
        int valid = 0;
        for (int index = 0; valid < settings.tries() && index < settings.maxAttempts(); index++) {
            SplittableRandom random = new SplittableRandom(streamSeed + index * 0xBF58476D1CE4E5B9L);
            int edgeRound = index < settings.edgeTries() ? index : -1;
            Attempt attempt = attempt(ChoiceRecorder.generating(random, edgeRound, EDGE_PROBABILITY));
            if (attempt.outcome().failed()) {
                return shrunk(attempt, false, start);
            }
            if (attempt.outcome().kind() == TryOutcome.Kind.PASS) {
                valid++;
            }
        }
        return new RunResult(null, 0, false, statistics(0, start));
    }

    private Attempt attempt(ChoiceRecorder recorder) {
        tries++;
        Attempt attempt = Attempt.run(property, recorder);
        if (attempt.outcome().kind() == TryOutcome.Kind.REJECT) {
            rejected++;
            rejectReasons.merge(attempt.outcome().detail(), 1, Integer::sum);
        }
        return attempt;
    }

    private RunResult shrunk(Attempt failing, boolean remembered, long start) {
        Shrinker shrinker = new Shrinker(choices -> Attempt.run(property, ChoiceRecorder.replaying(choices)),
                failing, RunSettings.SHRINK_BUDGET);
        Attempt minimal = shrinker.shrink();
        if (settings.store() != null) {
            settings.store().save(settings.key(), minimal.choices());
        }
        return new RunResult(minimal, failing.choices().length, remembered, statistics(shrinker.calls(), start));
    }

    private Statistics statistics(int shrinkCalls, long start) {
        return new Statistics(tries, rejected, rejectReasons, shrinkCalls, System.nanoTime() - start);
    }
}
