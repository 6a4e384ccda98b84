package dev.invariants.pitest.internal.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The lines printed at the end of a PIT run: the counts, then the mutants only invariants killed (with the
 * invariants), the survivors, and each invariant's kills. Every mutant line is
 * {@code com.acme.Fees.fee(Fees.java:12) MathMutator: <description>}, which IDEs turn into a link.
 */
final class ConsoleSummary {

    private static final String PREFIX = "[invariants] ";

    private ConsoleSummary() {}

    static List<String> lines(Tally tally, boolean fullMatrix, String where) {
        Map<Mutant.KilledBy, Integer> killedBy = tally.killedBy();
        List<String> lines = new ArrayList<>();
        lines.add(PREFIX + tally.mutants().size() + " mutants: " + killedBy.get(Mutant.KilledBy.INVARIANTS)
                + " killed only by invariants, " + killedBy.get(Mutant.KilledBy.ASSERTIONS) + " only by assertions, "
                + killedBy.get(Mutant.KilledBy.BOTH) + " by both, " + tally.withStatus("TIMED_OUT") + " timed out, "
                + tally.withStatus("SURVIVED") + " survived, " + tally.withStatus("NO_COVERAGE") + " without coverage");
        if (killedBy.get(Mutant.KilledBy.UNKNOWN) > 0) {
            lines.add(PREFIX + killedBy.get(Mutant.KilledBy.UNKNOWN) + " killed mutants name no cause: their tests did not"
                    + " run through the invariants test plugin (put invariants-pitest in PIT's dependencies)");
        }
        if (!fullMatrix) {
            lines.add(PREFIX + "PIT stopped at each mutant's first killing test: set fullMutationMatrix=true (with the XML"
                    + " output format) to tell 'only invariants' from 'both'");
        }
        section(lines, "killed only by invariants:", tally.killedBy(Mutant.KilledBy.INVARIANTS), true);
        section(lines, "survived:", tally.withStatusList("SURVIVED"), false);
        for (Tally.InvariantKills kills : tally.invariants()) {
            lines.add(PREFIX + "invariant " + kills.id() + " killed " + kills.kills().size() + " mutants, "
                    + kills.onlyInvariants().size() + " that no assertion killed");
        }
        lines.add(PREFIX + "per mutant: " + where);
        return lines;
    }

    private static void section(List<String> lines, String title, List<Mutant> mutants, boolean withInvariants) {
        if (mutants.isEmpty()) {
            return;
        }
        lines.add(PREFIX + title);
        for (Mutant m : mutants) {
            lines.add("  " + m.location() + " " + m.mutatorName() + ": " + m.description()
                    + (withInvariants ? " <- " + String.join(", ", m.invariants()) : ""));
        }
    }
}
