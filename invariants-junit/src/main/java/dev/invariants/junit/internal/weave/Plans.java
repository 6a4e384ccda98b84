package dev.invariants.junit.internal.weave;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The plans of every woven class, by defining loader ({@link PerLoader}: never another loader's plan, and
 * a discarded loader's plans go with it) and name, for the linker to find at first call. Read when a class links
 * or its type checks are computed, both cached by the caller: never per call.
 */
public final class Plans {

    private static final PerLoader<Map<String, ClassPlan>> BY_LOADER = new PerLoader<>(ConcurrentHashMap::new);

    private Plans() {}

    static void put(ClassLoader loader, String internalName, ClassPlan plan) {
        BY_LOADER.of(loader).put(internalName.replace('/', '.'), plan);
    }

    /** The plan of a woven class, or {@code null} when the class was not woven. */
    public static ClassPlan of(Class<?> type) {
        return of(type.getClassLoader(), type.getName());
    }

    /** The plan of the class of that binary name woven in that loader, or {@code null}. */
    static ClassPlan of(ClassLoader loader, String className) {
        Map<String, ClassPlan> plans = BY_LOADER.find(loader);
        return plans == null ? null : plans.get(className);
    }
}
