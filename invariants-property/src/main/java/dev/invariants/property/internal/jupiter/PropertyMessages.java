package dev.invariants.property.internal.jupiter;

import dev.invariants.property.PropertyConfiguration;
import dev.invariants.property.internal.engine.RunResult;
import dev.invariants.property.internal.engine.Statistics;
import dev.invariants.property.internal.pre.Domain;
import dev.invariants.property.internal.subject.Names;
import dev.invariants.property.spi.InvariantDescriptor;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Every message users read from generated tests; one factory per kind, each tested for its exact text. */
public final class PropertyMessages {

    private PropertyMessages() {
    }

    static String location(InvariantDescriptor invariant) {
        return "\tat " + Names.qualified(invariant.owner(), invariant.member()) + "(" + invariant.source() + ")\n";
    }

    public static String counterexample(InvariantDescriptor invariant, RunResult result, long seed, String examples) {
        boolean sequence = invariant.isTypeInvariant();
        String verb = result.outcome().detail().regionMatches(true, 0, "broken", 0, 6) ? "broken (its expression threw)"
                : "violated";
        StringBuilder text = new StringBuilder("[" + invariant.id() + "] " + verb + " by a generated "
                + (sequence ? "call sequence" : "input") + "\n");
        text.append(location(invariant));
        text.append("\tcounterexample:\n");
        result.outcome().counterexample().lines().forEach(line -> text.append("\t  ").append(line).append('\n'));
        Statistics statistics = result.statistics();
        if (result.remembered()) {
            text.append("\treplayed an example remembered in [").append(examples).append("]; delete it to forget it\n");
        } else {
            text.append("\tfound after [").append(statistics.tries()).append("] tries with seed [").append(seed)
                    .append("], shrunk from [").append(result.originalChoices()).append("] to [")
                    .append(result.choices().length).append("] choices\n");
            text.append("\treplay: -D").append(PropertyConfiguration.PROPERTY_SEED).append('=').append(seed).append('\n');
        }
        Throwable cause = result.outcome().cause();
        if (cause != null) {
            String first = String.valueOf(cause.getMessage()).lines().findFirst().orElse("");
            text.append("\tcause: ").append(cause.getClass().getSimpleName()).append(": ").append(first).append('\n');
        }
        for (RunResult other : result.others()) {
            text.append("\talso found, another failure (").append(other.outcome().detail().toLowerCase(java.util.Locale.ROOT))
                    .append("), shrunk on its own from [").append(other.originalChoices()).append("] to [")
                    .append(other.choices().length).append("] choices:\n");
            other.outcome().counterexample().lines().forEach(line -> text.append("\t  ").append(line).append('\n'));
            Throwable also = other.outcome().cause();
            if (also != null) {
                text.append("\t  cause: ").append(also.getClass().getSimpleName()).append(": ")
                        .append(String.valueOf(also.getMessage()).lines().findFirst().orElse("")).append('\n');
            }
        }
        return text.toString().stripTrailing();
    }

    public static String notEvaluated(InvariantDescriptor invariant) {
        return "[" + invariant.id() + "] was not evaluated for a generated call\n" + location(invariant)
                + "\tthe invariants runtime did not report it: is the class woven (invariants-junit on the test class path,"
                + " invariants.enabled not false)?";
    }

    public static String rejected(InvariantDescriptor invariant, Statistics statistics, Domain domain,
            Map<String, String> parameterTypes) {
        long percent = Math.round(statistics.rejectedShare() * 100);
        StringBuilder text = new StringBuilder("[" + invariant.id() + "] checked too few inputs: [" + percent
                + "%] of [" + statistics.tries() + "] generated inputs were rejected\n");
        text.append(location(invariant));
        text.append("\tpre: [").append(invariant.pre()).append("]\n");
        List<String> residue = domain.alternatives().stream().flatMap(a -> a.residue().stream()).distinct().toList();
        if (!residue.isEmpty()) {
            text.append("\tnot understood by the generators: [").append(String.join("], [", residue)).append("]\n");
        }
        if (!domain.problem().isEmpty()) {
            text.append("\t").append(domain.problem()).append('\n');
        }
        String reasons = statistics.rejectReasons().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", "));
        text.append("\trejected because: ").append(reasons).append('\n');
        String wanted = domain.unconstrainedParameters().stream()
                .map(name -> name + " (" + parameterTypes.getOrDefault(name, "?") + ")").collect(Collectors.joining(", "));
        text.append("\tprovide a generator").append(wanted.isEmpty() ? "" : " for [" + wanted + "]")
                .append(" that makes values satisfying pre: a static method returning Generator<T> in the test class,"
                        + " or a dev.invariants.property.spi.GeneratorProvider");
        return text.toString();
    }

    public static String cannotGenerate(InvariantDescriptor invariant, String reason) {
        return "[" + invariant.id() + "] cannot be tested with generated inputs\n" + location(invariant) + "\t" + reason;
    }

    public static String noInvariants(Class<?> target) {
        return "[" + target.getName() + "] declares no @Invariant: its generated property tests would check nothing";
    }

    public static String couldNotBeFalsified(InvariantDescriptor invariant) {
        return "[" + invariant.id() + "] post could not be falsified: it held for every value substituted for what it reads"
                + " (result, parameters, fields, old values), so it very probably checks nothing\n" + location(invariant)
                + "\tpost: [" + invariant.post() + "]";
    }
}
