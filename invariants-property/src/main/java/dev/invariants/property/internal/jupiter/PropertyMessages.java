package dev.invariants.property.internal.jupiter;

import dev.invariants.property.PropertyConfiguration;
import dev.invariants.property.internal.engine.Health;
import dev.invariants.property.internal.engine.RunResult;
import dev.invariants.property.internal.engine.TryOutcome;
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

    /** A try ran past its deadline and nothing failed: the health check, with the input the try was running. */
    public static String tooSlow(InvariantDescriptor invariant, RunResult result, Limits limits, long seed) {
        StringBuilder text = new StringBuilder("[" + invariant.id() + "] health check " + TryOutcome.TOO_SLOW
                + ": a generated " + (invariant.isTypeInvariant() ? "call sequence" : "input") + " still ran after its deadline ["
                + duration(limits.deadline()) + "] and was left behind\n");
        text.append(location(invariant));
        input(text, result.health());
        text.append("\treplay: -D").append(PropertyConfiguration.PROPERTY_SEED).append('=').append(seed).append('\n');
        text.append("\traise ").append(PropertyConfiguration.PROPERTY_DEADLINE).append(", bound the arguments in pre");
        if (invariant.isTypeInvariant()) {
            text.append(", or leave the call sequences out (").append(PropertyConfiguration.PROPERTY_SEQUENCES_SKIP).append(')');
        }
        return text.toString();
    }

    /** What follows a failure's message when some tries ran past their deadline or the budget ended the run. */
    static String health(RunResult result, Limits limits) {
        StringBuilder text = new StringBuilder();
        if (result.health().tooSlow() != null) {
            text.append("\n\talso found, health check ").append(TryOutcome.TOO_SLOW).append(": ran past the deadline [")
                    .append(duration(limits.deadline())).append("] and was left behind\n");
            input(text, result.health());
        }
        if (result.health().outOfTime()) {
            text.append(text.length() == 0 ? "\n" : "").append("\tstopped at the time budget [")
                    .append(duration(limits.budget())).append("] (").append(PropertyConfiguration.PROPERTY_TIME_BUDGET)
                    .append(")\n");
        }
        return text.toString().stripTrailing();
    }

    private static void input(StringBuilder text, Health health) {
        text.append("\tinput:\n");
        String input = health.tooSlow().outcome().counterexample();
        if (input.isBlank()) {
            text.append("\t  (still building it)\n");
        }
        input.lines().forEach(line -> text.append("\t  ").append(line).append('\n'));
        text.append("\t[").append(health.slowTries()).append("] generated tr").append(health.slowTries() == 1 ? "y" : "ies")
                .append(" ran past the deadline; the run went on without ").append(health.slowTries() == 1 ? "it" : "them")
                .append('\n');
    }

    /** The run stopped at its time budget with nothing found: a warning, since the property checked less. */
    public static String outOfTime(InvariantDescriptor invariant, RunResult result, Limits limits) {
        return "[" + invariant.id() + "] stopped at the time budget [" + duration(limits.budget()) + "] after ["
                + result.statistics().tries() + "] generated inputs (" + PropertyConfiguration.PROPERTY_TIME_BUDGET + ")\n"
                + location(invariant).stripTrailing();
    }

    /** A type invariant whose call sequences the configuration leaves out. */
    public static String sequencesLeftOut(InvariantDescriptor invariant, String key) {
        return "[" + invariant.id() + "] call sequences left out by " + key + "\n" + location(invariant)
                + "\tthis type invariant is checked only by the other tests";
    }

    static String duration(java.time.Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
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
