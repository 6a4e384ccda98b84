package dev.invariants.pitest.internal.result;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@value #NAME}, schema {@value #SCHEMA}: the summary, each invariant's kills, and every mutant with what killed
 * it (docs/mutation.md describes each field).
 */
final class MutationFile {

    static final String NAME = "invariants-mutation.json";
    static final String SCHEMA = "dev.invariants.mutation/1";

    private MutationFile() {}

    static String render(Tally tally, boolean fullMatrix) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", SCHEMA);
        root.put("fullMutationMatrix", fullMatrix);
        root.put("summary", summary(tally));
        List<Object> invariants = new ArrayList<>();
        for (Tally.InvariantKills kills : tally.invariants()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", kills.id());
            entry.put("kills", kills.kills().size());
            entry.put("onlyInvariants", kills.onlyInvariants().size());
            entry.put("mutants", kills.kills().stream().map(Mutant::location).distinct().toList());
            invariants.add(entry);
        }
        root.put("invariants", invariants);
        List<Object> mutants = new ArrayList<>();
        tally.mutants().forEach(m -> mutants.add(mutant(m)));
        root.put("mutants", mutants);
        return Json.write(root);
    }

    static Map<String, Object> summary(Tally tally) {
        Map<Mutant.KilledBy, Integer> killedBy = tally.killedBy();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("mutants", tally.mutants().size());
        summary.put("killed", tally.withStatus("KILLED"));
        summary.put("onlyInvariants", killedBy.get(Mutant.KilledBy.INVARIANTS));
        summary.put("onlyAssertions", killedBy.get(Mutant.KilledBy.ASSERTIONS));
        summary.put("both", killedBy.get(Mutant.KilledBy.BOTH));
        summary.put("killedUnattributed", killedBy.get(Mutant.KilledBy.UNKNOWN));
        summary.put("timedOut", tally.withStatus("TIMED_OUT"));
        summary.put("survived", tally.withStatus("SURVIVED"));
        summary.put("noCoverage", tally.withStatus("NO_COVERAGE"));
        summary.put("other", tally.otherStatus());
        return summary;
    }

    private static Map<String, Object> mutant(Mutant m) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("class", m.className());
        entry.put("method", m.method());
        entry.put("file", m.file());
        entry.put("line", m.line());
        entry.put("mutator", m.mutator());
        entry.put("description", m.description());
        entry.put("status", m.status());
        entry.put("killedBy", m.killedBy() == null ? null : m.killedBy().json);
        entry.put("invariants", m.invariants());
        entry.put("killingTests", m.killingTests());
        return entry;
    }
}
