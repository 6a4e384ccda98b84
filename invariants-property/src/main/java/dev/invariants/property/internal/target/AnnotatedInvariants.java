package dev.invariants.property.internal.target;

import dev.invariants.Invariant;
import dev.invariants.property.spi.InvariantDescriptor;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads invariants through reflection. The runtime reads them from class-file bytes, which also gives
 * lines and the declaration order of overloads; this reader is what oracles use until then (and in
 * the engine's own tests). Default ids match the runtime's except between overloads of one name.
 */
public final class AnnotatedInvariants {

    private AnnotatedInvariants() {
    }

    public static List<InvariantDescriptor> of(Class<?> type) {
        List<InvariantDescriptor> found = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        String source = sourceFile(type);
        List<Executable> members = new ArrayList<>(Arrays.asList(type.getDeclaredConstructors()));
        List<Executable> methods = new ArrayList<>(Arrays.asList(type.getDeclaredMethods()));
        methods.removeIf(Executable::isSynthetic);
        methods.sort(Comparator.comparing(Executable::getName).thenComparing(Executable::toGenericString));
        members.addAll(methods);
        for (Executable member : members) {
            String name = member instanceof java.lang.reflect.Constructor<?> ? "<init>" : member.getName();
            for (Invariant invariant : annotations(member)) {
                int n = counts.merge(name, 1, Integer::sum);
                found.add(describe(invariant, type, member, type.getSimpleName() + "." + name + "#" + n, source));
            }
        }
        int n = 0;
        for (Invariant invariant : annotations(type)) {
            found.add(describe(invariant, type, null, type.getSimpleName() + "#" + ++n, source));
        }
        return found;
    }

    private static InvariantDescriptor describe(Invariant invariant, Class<?> owner, Executable member, String defaultId,
            String source) {
        List<String> names = new ArrayList<>();
        if (member != null) {
            for (Parameter parameter : member.getParameters()) {
                names.add(parameter.getName());
            }
        }
        String id = invariant.id().isEmpty() ? defaultId : invariant.id();
        return new InvariantDescriptor(id, owner, member, invariant.pre(), invariant.post(),
                Arrays.asList(invariant.raises()), source, names);
    }

    private static List<Invariant> annotations(AnnotatedElement element) {
        return Arrays.asList(element.getDeclaredAnnotationsByType(Invariant.class));
    }

    private static String sourceFile(Class<?> type) {
        Class<?> top = type;
        while (top.getEnclosingClass() != null) {
            top = top.getEnclosingClass();
        }
        return top.getSimpleName() + ".java";
    }
}
