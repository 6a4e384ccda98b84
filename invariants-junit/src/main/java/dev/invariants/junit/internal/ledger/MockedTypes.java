package dev.invariants.junit.internal.ledger;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The names recorded for a mocked type: the type itself and its supertypes outside the JDK, so an
 * invariant declared on an interface or superclass is matched when a test mocks an implementation.
 */
final class MockedTypes {

    private MockedTypes() {}

    static Set<String> names(Class<?> type) {
        Set<String> names = new LinkedHashSet<>();
        Deque<Class<?>> pending = new ArrayDeque<>();
        pending.add(type);
        while (!pending.isEmpty()) {
            Class<?> current = pending.poll();
            if (isJdk(current.getName()) || !names.add(current.getName())) {
                continue;
            }
            if (current.getSuperclass() != null) {
                pending.add(current.getSuperclass());
            }
            pending.addAll(java.util.List.of(current.getInterfaces()));
        }
        return names;
    }

    private static boolean isJdk(String name) {
        return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.") || name.startsWith("sun.");
    }
}
