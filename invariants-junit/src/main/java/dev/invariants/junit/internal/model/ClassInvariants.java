package dev.invariants.junit.internal.model;

import dev.invariants.junit.spi.InvariantDefinition;
import java.util.List;

/**
 * The invariants one class file declares, with what is needed to find inherited ones.
 *
 * @param className   binary name
 * @param superName   binary name of the superclass, {@code null} for {@code java.lang.Object} and interfaces' absent super
 * @param interfaces  binary names of the directly implemented interfaces
 * @param access      the JVM access flags of the class
 * @param invariants  every invariant declared in this class, in class-file order (type invariants first)
 * @param problems    structural definition errors found while reading
 */
public record ClassInvariants(String className, String superName, List<String> interfaces, int access,
        List<InvariantDefinition> invariants, List<DefinitionProblem> problems) {

    public ClassInvariants {
        interfaces = List.copyOf(interfaces);
        invariants = List.copyOf(invariants);
        problems = List.copyOf(problems);
    }

    public boolean declaresAny() {
        return !invariants.isEmpty();
    }
}
