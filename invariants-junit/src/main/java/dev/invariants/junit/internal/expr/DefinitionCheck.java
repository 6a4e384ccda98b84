package dev.invariants.junit.internal.expr;

import dev.invariants.junit.internal.weave.Applied;
import dev.invariants.junit.internal.weave.ClassPlan;
import dev.invariants.junit.internal.weave.MemberPlan;
import dev.invariants.junit.internal.weave.Weaver;
import dev.invariants.junit.internal.model.InvariantRegistry;
import dev.invariants.junit.spi.InvariantDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The definition errors of a class that no test loaded, found from its class file alone: parsed and
 * attributed exactly as its checks would be when it loads, nothing written, loaded or initialised. A
 * typo in an invariant of a member no test calls is then reported like any other definition error,
 * instead of the invariant looking merely unchecked.
 */
public final class DefinitionCheck {

    private DefinitionCheck() {}

    /**
     * Every definition error of the class's invariants (its own and those it inherits), by definition;
     * empty when the class file cannot be read or nothing in it would be checked.
     */
    public static Map<InvariantDefinition, String> of(ClassLoader loader, String className) {
        String internalName = className.replace('.', '/');
        byte[] bytes = read(loader, internalName);
        ClassPlan plan = bytes == null ? null : Weaver.plan(loader, internalName, bytes);
        if (plan == null) {
            return Map.of();
        }
        // One index per declaration, shared by the members it applies to, as the registry gives them.
        Map<String, Integer> byKey = new HashMap<>();
        Map<Integer, InvariantDefinition> definitions = new HashMap<>();
        Map<Applied, Integer> indexes = new IdentityHashMap<>();
        for (MemberPlan member : plan.members()) {
            member.invariants().forEach(applied -> index(applied, byKey, definitions, indexes));
        }
        plan.typeInvariants().forEach(applied -> index(applied, byKey, definitions, indexes));
        Map<Integer, String> problems = new HashMap<>();
        Preparation preparation = new Preparation(plan, loader, indexes, problems);
        preparation.members();
        preparation.types();
        Map<InvariantDefinition, String> result = new LinkedHashMap<>();
        problems.forEach((index, message) -> result.put(definitions.get(index), message));
        return result;
    }

    private static void index(Applied applied, Map<String, Integer> byKey, Map<Integer, InvariantDefinition> definitions,
            Map<Applied, Integer> indexes) {
        InvariantDefinition definition = applied.definition();
        int index = byKey.computeIfAbsent(InvariantRegistry.key(definition), k -> byKey.size());
        definitions.putIfAbsent(index, definition);
        indexes.put(applied, index);
    }

    private static byte[] read(ClassLoader loader, String internalName) {
        try (InputStream in = loader.getResourceAsStream(internalName + ".class")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }
}
