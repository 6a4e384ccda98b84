package dev.invariants.property.internal.pre;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a precondition allows, as generators can use it: alternatives (one is picked per try), each a
 * set of constraints per parameter. An empty list of alternatives means the precondition can never hold.
 *
 * @param problem why the expression could not be analysed, or an empty string
 */
public record Domain(String pre, List<Alternative> alternatives, String problem) {

    public Domain {
        alternatives = List.copyOf(alternatives);
    }

    /** The parameters mentioned by conjuncts the analysis could not use: where a user generator would help. */
    public Set<String> unconstrainedParameters() {
        Set<String> names = new LinkedHashSet<>();
        alternatives.forEach(alternative -> names.addAll(alternative.residueParameters()));
        return names;
    }

    public boolean fullyRecognised() {
        return problem.isEmpty() && alternatives.stream().allMatch(alternative -> alternative.residue().isEmpty());
    }
}
