package dev.invariants.property.internal.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Runs one property: remembered failing examples first, then edge cases, then random inputs. Failures are
 * told apart by their key ({@link TryOutcome#detail()}); each distinct one is shrunk on its own, and the first
 * (one within every call's contract, if any) is remembered and returned with the others beside it. Every try runs
 * on a worker thread under its deadline; the property stops at its time budget (see {@link TryThread}).
 */
public final class PropertyRunner {
    private static final double EDGE_PROBABILITY = 0.1;
    /** Distinct failures reported at most: the first and three more. */
    static final int MAX_DISTINCT = 4;

    private final Property property;
    private final RunSettings settings;
    private final Map<String, Integer> rejectReasons = new LinkedHashMap<>();
    private int tries;
    private int rejected;
    private TryThread thread;
    private long end;
    private boolean outOfTime;
    private Attempt tooSlow;
    private int slowTries;

    public PropertyRunner(Property property, RunSettings settings) {
        this.property = property;
        this.settings = settings;
    }

    public RunResult run() {
        long start = System.nanoTime();
        end = start + Math.min(settings.budget().toNanos(), Long.MAX_VALUE / 4);
        try (TryThread worker = new TryThread(settings.deadline().toNanos(), settings.credit())) {
            thread = worker;
            return runOn(start);
        }
    }

    /**
     * Whether the run must stop: its time budget is used up, or too many tries were left behind at their deadline
     * (each may still keep a core busy).
     */
    private boolean stopped() {
        if (System.nanoTime() - end > 0) {
            outOfTime = true;
        }
        return outOfTime || thread.abandoned() >= RunSettings.MAX_ABANDONED;
    }

    private Health health() {
        return new Health(tooSlow, slowTries, outOfTime);
    }

    private RunResult runOn(long start) {
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
        // The first failure of each key (each way of failing), in the order found: after the first, the run goes on
        // for at most as many tries again, so that a second bug behind the first is reported too.
        Map<String, Attempt> failures = new LinkedHashMap<>();
        int stopAt = settings.maxAttempts();
        for (int index = 0; valid < settings.tries() && index < stopAt && !stopped(); index++) {
            SplittableRandom random = new SplittableRandom(streamSeed + index * 0xBF58476D1CE4E5B9L);
            int edgeRound = index < settings.edgeTries() ? index : -1;
            Attempt attempt = attempt(ChoiceRecorder.generating(random, edgeRound, EDGE_PROBABILITY));
            if (attempt.outcome().failed()) {
                if (failures.isEmpty()) {
                    stopAt = Math.min(stopAt, index + 1 + settings.tries());
                }
                failures.putIfAbsent(attempt.outcome().detail(), attempt);
                if (failures.size() == MAX_DISTINCT) {
                    break;
                }
            } else if (attempt.outcome().kind() == TryOutcome.Kind.PASS) {
                valid++;
            }
        }
        if (failures.isEmpty()) {
            return new RunResult(null, 0, false, statistics(0, start), List.of(), health());
        }
        // The same break after the same call, once within every contract and once with some call outside its pre:
        // the out-of-contract sequence only carries the in-contract bug along (its key keeps the shrinker from
        // dropping that call), so it is one finding, not two.
        failures.keySet().removeIf(key -> key.endsWith(", " + TryOutcome.OUTSIDE_PRE)
                && failures.containsKey(key.substring(0, key.length() - TryOutcome.OUTSIDE_PRE.length() - 2)));
        List<Attempt> found = new ArrayList<>(failures.values());
        // A failure within every call's contract first: it is the bug; one that needed a call outside a pre follows.
        found.sort(Comparator.comparing(a -> a.outcome().detail().contains(TryOutcome.OUTSIDE_PRE)));
        List<RunResult> results = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            results.add(shrunk(found.get(i), false, start, i == 0));
        }
        RunResult first = results.get(0);
        return new RunResult(first.failure(), first.originalChoices(), false, first.statistics(),
                results.subList(1, results.size()), health());
    }

    private Attempt attempt(ChoiceRecorder recorder) {
        tries++;
        Attempt attempt = replay(recorder);
        if (attempt.outcome().kind() == TryOutcome.Kind.REJECT) {
            rejected++;
            rejectReasons.merge(attempt.outcome().detail(), 1, Integer::sum);
        }
        return attempt;
    }

    /** One try on the worker; a try left behind at its deadline is counted, the first kept to be reported. */
    private Attempt replay(ChoiceRecorder recorder) {
        Attempt attempt = thread.run(property, recorder);
        if (attempt.outcome().kind() == TryOutcome.Kind.TOO_SLOW) {
            slowTries++;
            if (tooSlow == null) {
                tooSlow = attempt;
            }
        }
        return attempt;
    }

    private RunResult shrunk(Attempt failing, boolean remembered, long start) {
        return shrunk(failing, remembered, start, true);
    }

    private RunResult shrunk(Attempt failing, boolean remembered, long start, boolean remember) {
        Shrinker shrinker = new Shrinker(choices -> replay(ChoiceRecorder.replaying(choices)),
                failing, RunSettings.SHRINK_BUDGET, this::stopped);
        Attempt minimal = shrinker.shrink();
        if (remember && settings.store() != null) {
            settings.store().save(settings.key(), minimal.choices());
        }
        return new RunResult(minimal, failing.choices().length, remembered, statistics(shrinker.calls(), start), List.of(),
                health());
    }

    private Statistics statistics(int shrinkCalls, long start) {
        return new Statistics(tries, rejected, rejectReasons, shrinkCalls, System.nanoTime() - start);
    }
}
