package dev.invariants.junit.internal.platform;

import dev.invariants.junit.internal.config.Timing;
import dev.invariants.junit.internal.expr.DefinitionCheck;
import dev.invariants.junit.internal.model.InvariantRegistry;
import dev.invariants.junit.internal.runtime.Checks;
import dev.invariants.junit.internal.scan.DeclaredSet;
import dev.invariants.junit.spi.InvariantDefinition;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * At the session's end, the definition errors of the invariants no call reached: those of members never
 * called in classes whose checks were compiled (known since the compile, reported so far only to a first
 * call), and those of declared classes no test loaded (compiled from their class files now, nothing
 * loaded). A typo in an invariant of a member no test runs is then broken in the report, not unchecked.
 */
final class DefinitionSweep {

    private DefinitionSweep() {}

    /** Messages by {@code owner#id}, for the report's problems. */
    static Map<String, String> problems(DeclaredSet declared, ClassLoader loader) {
        long[] start = Timing.Total.start();
        Map<String, String> problems = new LinkedHashMap<>();
        List<InvariantDefinition> registered = InvariantRegistry.all();
        for (int index = 0; index < registered.size(); index++) {
            String problem = Checks.problem(index);
            if (problem != null) {
                problems.putIfAbsent(key(registered.get(index)), problem);
            }
        }
        Set<String> compiled = Checks.compiledClasses();
        Set<String> owners = new LinkedHashSet<>();
        declared.definitions().forEach(d -> owners.add(d.owner()));
        int checked = 0;
        for (String owner : owners) {
            if (!compiled.contains(owner)) {
                checked++;
                DefinitionCheck.of(loader, owner).forEach((definition, message) -> problems.putIfAbsent(key(definition), message));
            }
        }
        Timing.total("the definition sweep at session close (counted: it compiled classes no test loaded)")
                .add(start, checked > 0);
        return problems;
    }

    static String key(InvariantDefinition definition) {
        return InvariantRegistry.key(definition);
    }
}
