package dev.invariants.property.internal.pre;

import java.util.List;

/**
 * One branch of the precondition in disjunctive normal form: constraints the generators meet, and the
 * parts they cannot (left to the precondition check, so inputs are filtered for those).
 *
 * @param order the parameter indexes in generation order: a parameter whose bound reads another comes after it
 * @param residue the source text of each conjunct no generator understands
 * @param residueParameters the parameters those conjuncts mention
 */
public record Alternative(List<Constraint> constraints, List<Integer> order, List<String> residue,
        List<String> residueParameters) {

    public Alternative {
        constraints = List.copyOf(constraints);
        order = List.copyOf(order);
        residue = List.copyOf(residue);
        residueParameters = List.copyOf(residueParameters);
    }
}
