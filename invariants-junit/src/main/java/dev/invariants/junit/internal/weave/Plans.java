package dev.invariants.junit.internal.weave;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The plans of every woven class, by defining loader and name, for the linker to find at first call. */
public final class Plans {

    private static final Map<String, ClassPlan> PLANS = new ConcurrentHashMap<>();

    private Plans() {}

    static void put(ClassLoader loader, String internalName, ClassPlan plan) {
        PLANS.put(key(loader, internalName.replace('/', '.')), plan);
    }

    /** The plan of a woven class, or {@code null} when the class was not woven. */
    public static ClassPlan of(Class<?> type) {
        return PLANS.get(key(type.getClassLoader(), type.getName()));
    }

    private static String key(ClassLoader loader, String className) {
        return System.identityHashCode(loader) + "/" + className;
    }
}
