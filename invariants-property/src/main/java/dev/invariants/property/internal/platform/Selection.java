package dev.invariants.property.internal.platform;

import dev.invariants.junit.spi.InvariantDefinition;
import dev.invariants.junit.spi.InvariantsRuntime;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.Filter;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.ClasspathRootSelector;
import org.junit.platform.engine.discovery.MethodSelector;
import org.junit.platform.engine.discovery.ModuleSelector;
import org.junit.platform.engine.discovery.PackageNameFilter;
import org.junit.platform.engine.discovery.PackageSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;

/**
 * Which invariants a discovery request asks for. Selectors that point at invariants narrow the run to them:
 * a class or method that declares invariants (read from its class file, scanned or not), a package, a unique id
 * of this engine. Selectors that stand for "the tests of this project" select the whole declared set: a class
 * without invariants (build tools select every test class they found), a classpath root, a module. Everything
 * else (another engine's unique id, a test method, a file) selects nothing here. Package name filters apply;
 * class name filters do not: they name test classes, and these classes are the code under test.
 */
final class Selection {

    private final UniqueId engineId;
    private final Supplier<Map<String, List<InvariantDefinition>>> declared;
    private final ClassLoader loader;
    private final Map<String, List<InvariantDefinition>> picked = new LinkedHashMap<>();
    private boolean everything;

    private Selection(UniqueId engineId, Supplier<Map<String, List<InvariantDefinition>>> declared, ClassLoader loader) {
        this.engineId = engineId;
        this.declared = declared;
        this.loader = loader;
    }

    /**
     * The invariants {@code request} selects, by class in declaration order.
     *
     * @param declared the declared set by class, asked for only when a selector needs it
     */
    static Map<String, List<InvariantDefinition>> of(EngineDiscoveryRequest request, UniqueId engineId,
            Supplier<Map<String, List<InvariantDefinition>>> declared, ClassLoader loader) {
        Selection selection = new Selection(engineId, declared, loader);
        for (DiscoverySelector selector : request.getSelectorsByType(DiscoverySelector.class)) {
            selection.add(selector);
        }
        Map<String, List<InvariantDefinition>> result = selection.everything ? everythingThen(selection) : selection.picked;
        Predicate<String> packages = Filter.composeFilters(request.getFiltersByType(PackageNameFilter.class)).toPredicate();
        Map<String, List<InvariantDefinition>> filtered = new LinkedHashMap<>();
        result.forEach((type, invariants) -> {
            if (packages.test(packageOf(type)) && !invariants.isEmpty()) {
                filtered.put(type, invariants);
            }
        });
        return filtered;
    }

    /** The whole declared set, plus classes picked outside it (selected by name but not scanned). */
    private static Map<String, List<InvariantDefinition>> everythingThen(Selection selection) {
        Map<String, List<InvariantDefinition>> all = new LinkedHashMap<>(selection.declared.get());
        selection.picked.forEach(all::putIfAbsent);
        return all;
    }

    private void add(DiscoverySelector selector) {
        if (selector instanceof ClassSelector type) {
            List<InvariantDefinition> invariants = invariantsOf(type.getClassName());
            if (invariants.isEmpty()) {
                everything = true;
            } else {
                pick(type.getClassName(), invariants, i -> true);
            }
        } else if (selector instanceof MethodSelector method) {
            String parameters = method.getParameterTypeNames();
            pick(method.getClassName(), invariantsOf(method.getClassName()), i -> i.member() != null
                    && i.member().name().equals(method.getMethodName())
                    && (parameters.isEmpty() || String.join(",", i.member().parameterTypes()).equals(parameters.replace(" ", ""))));
        } else if (selector instanceof PackageSelector pkg) {
            String name = pkg.getPackageName();
            declared.get().forEach((type, invariants) -> {
                String owner = packageOf(type);
                if (name.isEmpty() || owner.equals(name) || owner.startsWith(name + ".")) {
                    pick(type, invariants, i -> true);
                }
            });
        } else if (selector instanceof UniqueIdSelector id) {
            addUniqueId(id.getUniqueId());
        } else if (selector instanceof ClasspathRootSelector || selector instanceof ModuleSelector) {
            everything = true;
        }
    }

    private void addUniqueId(UniqueId id) {
        if (!id.hasPrefix(engineId)) {
            return;
        }
        List<UniqueId.Segment> segments = id.getSegments();
        if (segments.size() == 1) {
            everything = true;
            return;
        }
        if (!segments.get(1).getType().equals(ClassNode.SEGMENT)) {
            return;
        }
        String type = segments.get(1).getValue();
        String invariant = segments.size() > 2 && segments.get(2).getType().equals(InvariantNode.SEGMENT)
                ? segments.get(2).getValue() : null;
        pick(type, invariantsOf(type), i -> invariant == null || i.id().equals(invariant));
    }

    private void pick(String type, List<InvariantDefinition> invariants, Predicate<InvariantDefinition> wanted) {
        List<InvariantDefinition> chosen = picked.computeIfAbsent(type, t -> new ArrayList<>());
        for (InvariantDefinition invariant : invariants) {
            if (wanted.test(invariant) && !chosen.contains(invariant)) {
                chosen.add(invariant);
            }
        }
        // keep declaration order whatever order the selectors came in
        chosen.sort(Comparator.comparingInt(invariants::indexOf));
    }

    /** The class's invariants: from the declared set when scanned, else read from its class file (still not loaded). */
    private List<InvariantDefinition> invariantsOf(String type) {
        List<InvariantDefinition> scanned = declared.get().get(type);
        if (scanned != null) {
            return scanned;
        }
        try (InputStream in = loader.getResourceAsStream(type.replace('.', '/') + ".class")) {
            if (in == null) {
                return List.of();
            }
            byte[] bytes = in.readAllBytes();
            return InvariantsRuntime.current().definitions(bytes);
        } catch (IOException | RuntimeException unreadable) {
            return List.of();
        }
    }

    private static String packageOf(String type) {
        int dot = type.lastIndexOf('.');
        return dot < 0 ? "" : type.substring(0, dot);
    }
}
