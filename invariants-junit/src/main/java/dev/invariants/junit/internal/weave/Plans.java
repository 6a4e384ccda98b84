package dev.invariants.junit.internal.weave;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The plans of every woven class, by defining loader and name, for the linker to find at first call.
 * Keyed by the loader itself, weakly, so a plan is never found for a class of another loader (identity
 * hashes of two loaders can be equal) and a discarded loader's plans go with it. Read when a class links
 * or its type checks are computed, both cached by the caller: never per call.
 */
public final class Plans {

    private static final Map<ClassLoader, Map<String, ClassPlan>> BY_LOADER = new WeakHashMap<>();

    // The bootstrap loader is null, which WeakHashMap would treat as one strong key; kept apart instead.
    private static final Map<String, ClassPlan> BOOTSTRAP = new ConcurrentHashMap<>();

    private Plans() {}

    static void put(ClassLoader loader, String internalName, ClassPlan plan) {
        plansOf(loader, true).put(internalName.replace('/', '.'), plan);
    }

    /** The plan of a woven class, or {@code null} when the class was not woven. */
    public static ClassPlan of(Class<?> type) {
        return of(type.getClassLoader(), type.getName());
    }

    /** The plan of the class of that binary name woven in that loader, or {@code null}. */
    static ClassPlan of(ClassLoader loader, String className) {
        Map<String, ClassPlan> plans = plansOf(loader, false);
        return plans == null ? null : plans.get(className);
    }

    private static Map<String, ClassPlan> plansOf(ClassLoader loader, boolean create) {
        if (loader == null) {
            return BOOTSTRAP;
        }
        synchronized (BY_LOADER) {
            return create ? BY_LOADER.computeIfAbsent(loader, l -> new ConcurrentHashMap<>()) : BY_LOADER.get(loader);
        }
    }
}
