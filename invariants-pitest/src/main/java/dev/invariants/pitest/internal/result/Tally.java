package dev.invariants.pitest.internal.result;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The run's mutants and the figures drawn from them: counts by outcome, and per invariant its kills. */
final class Tally {

    /** One invariant's kills: every mutant a violation of it helped kill, and those nothing but invariants killed. */
    record InvariantKills(String id, List<Mutant> kills, List<Mutant> onlyInvariants) {}

    private final List<Mutant> mutants = new ArrayList<>();

    void add(Mutant mutant) {
        mutants.add(mutant);
    }

    /** By class, line, mutator and description: the order of the file and the console, whatever order PIT ran them. */
    List<Mutant> mutants() {
        return mutants.stream().sorted(Comparator.comparing(Mutant::className).thenComparingInt(Mutant::line)
                .thenComparing(Mutant::mutator).thenComparing(Mutant::description)).toList();
    }

    Map<Mutant.KilledBy, Integer> killedBy() {
        Map<Mutant.KilledBy, Integer> counts = new EnumMap<>(Mutant.KilledBy.class);
        for (Mutant.KilledBy kind : Mutant.KilledBy.values()) {
            counts.put(kind, 0);
        }
        mutants.stream().filter(m -> m.killedBy() != null).forEach(m -> counts.merge(m.killedBy(), 1, Integer::sum));
        return counts;
    }

    int withStatus(String status) {
        return (int) mutants.stream().filter(m -> m.status().equals(status)).count();
    }

    /** Mutants neither killed, timed out, survived nor uncovered: non-viable, memory or run errors. */
    int otherStatus() {
        return mutants.size() - withStatus("KILLED") - withStatus("TIMED_OUT") - withStatus("SURVIVED")
                - withStatus("NO_COVERAGE");
    }

    List<Mutant> killedBy(Mutant.KilledBy kind) {
        return mutants().stream().filter(m -> m.killedBy() == kind).toList();
    }

    List<Mutant> withStatusList(String status) {
        return mutants().stream().filter(m -> m.status().equals(status)).toList();
    }

    /** Per invariant id, sorted by id. */
    List<InvariantKills> invariants() {
        Map<String, List<Mutant>> kills = new TreeMap<>();
        for (Mutant m : mutants()) {
            for (String id : m.invariants()) {
                kills.computeIfAbsent(id, k -> new ArrayList<>()).add(m);
            }
        }
        List<InvariantKills> result = new ArrayList<>();
        kills.forEach((id, list) -> result.add(new InvariantKills(id, list,
                list.stream().filter(m -> m.killedBy() == Mutant.KilledBy.INVARIANTS).toList())));
        return result;
    }
}
