package dev.invariants.junit.internal.weave;

import dev.invariants.junit.internal.model.DefinitionProblem;
import dev.invariants.junit.spi.InvariantDefinition;
import java.util.List;

/**
 * An invariant as it applies to one woven member: declared there, or inherited from a supertype.
 *
 * @param definition     the definition, as its declaring class file states it
 * @param declaring      the declaring class, whose package, imports and fields the expressions see
 * @param parameterNames the names the expressions use for the parameters, {@code null} when unknown
 * @param problems       structural definition errors the reader found
 */
public record Applied(InvariantDefinition definition, ClassInfo declaring, List<String> parameterNames,
        List<DefinitionProblem> problems) {}
