package dev.invariants.junit.internal.expr;

import dev.invariants.junit.internal.expr.attr.Attributor;
import java.lang.ref.SoftReference;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * One {@link Attributor} per class loader, shared by every class compiled in it, so class files are read
 * once. Held softly: an attributor refers to its loader, and a strong value would keep the weak key alive.
 */
final class Attributors {

    private static final Map<ClassLoader, SoftReference<Attributor>> BY_LOADER = new WeakHashMap<>();

    private Attributors() {}

    static synchronized Attributor of(ClassLoader loader) {
        SoftReference<Attributor> known = BY_LOADER.get(loader);
        Attributor attributor = known == null ? null : known.get();
        if (attributor == null) {
            attributor = new Attributor(loader);
            BY_LOADER.put(loader, new SoftReference<>(attributor));
        }
        return attributor;
    }
}
