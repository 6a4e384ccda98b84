package dev.invariants.junit.internal.platform;

import dev.invariants.junit.Verifies;
import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * The invariant ids a test claims with {@code @Verifies}: on its method, its class, and the classes
 * enclosing that ({@code @Nested}). A parameterized or dynamic test inherits the claims of the method
 * or class of its nearest ancestor that has a source. A class that cannot be loaded claims nothing.
 */
final class Claims {

    private Claims() {}

    static List<String> of(TestIdentifier identifier, TestPlan plan) {
        Set<String> ids = new LinkedHashSet<>();
        TestIdentifier node = identifier;
        while (node != null) {
            Optional<TestSource> source = node.getSource();
            if (source.isPresent() && source.get() instanceof MethodSource method) {
                try {
                    add(ids, method.getJavaMethod());
                    addClasses(ids, method.getJavaClass());
                } catch (RuntimeException | LinkageError e) {
                    return List.copyOf(ids);
                }
                return List.copyOf(ids);
            }
            if (source.isPresent() && source.get() instanceof ClassSource type) {
                try {
                    addClasses(ids, type.getJavaClass());
                } catch (RuntimeException | LinkageError e) {
                    return List.copyOf(ids);
                }
                return List.copyOf(ids);
            }
            node = plan == null ? null : plan.getParent(node).orElse(null);
        }
        return List.copyOf(ids);
    }

    private static void addClasses(Set<String> ids, Class<?> type) {
        List<Class<?>> classes = new ArrayList<>();
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            classes.add(c);
        }
        classes.forEach(c -> add(ids, c));
    }

    private static void add(Set<String> ids, AnnotatedElement element) {
        Verifies verifies = element.getAnnotation(Verifies.class);
        if (verifies != null) {
            for (String id : verifies.value()) {
                ids.add(id.strip());
            }
        }
    }
}
