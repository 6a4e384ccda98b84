package dev.invariants.junit.internal.agent;

import dev.invariants.junit.internal.config.Warnings;
import dev.invariants.junit.internal.weave.ClassFilter;
import dev.invariants.junit.internal.weave.Hierarchy;
import java.lang.instrument.Instrumentation;
import java.lang.instrument.UnmodifiableClassException;
import java.util.ArrayList;
import java.util.List;

/**
 * Classes loaded before the transformer was installed (or removed): those that declare or inherit
 * invariants are retransformed, which weaves them (or gives them their original bytes back).
 */
final class Loaded {

    private static final ClassLoader PLATFORM = ClassLoader.getPlatformClassLoader();

    private Loaded() {}

    /** Runs {@code install}, then retransforms; returns how many classes were retransformed. */
    static int retransform(Instrumentation inst, Runnable install) {
        install.run();
        List<Class<?>> candidates = new ArrayList<>();
        for (Class<?> each : inst.getAllLoadedClasses()) {
            ClassLoader loader = each.getClassLoader();
            if (loader == null || loader == PLATFORM || each.isArray() || each.isPrimitive() || each.isHidden()) {
                continue;
            }
            String internalName = each.getName().replace('.', '/');
            if (!ClassFilter.isExcluded(internalName) && inst.isModifiableClass(each)
                    && Hierarchy.relevant(loader, internalName)) {
                candidates.add(each);
            }
        }
        if (candidates.isEmpty()) {
            return 0;
        }
        try {
            inst.retransformClasses(candidates.toArray(new Class<?>[0]));
        } catch (UnmodifiableClassException | RuntimeException | LinkageError e) {
            for (Class<?> each : candidates) {
                try {
                    inst.retransformClasses(each);
                } catch (UnmodifiableClassException | RuntimeException | LinkageError single) {
                    Warnings.warn("cannot check the invariants of " + each.getName()
                            + ": it was loaded before checking started and cannot be retransformed (" + single + ").");
                }
            }
        }
        return candidates.size();
    }
}
