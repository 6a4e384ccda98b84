package dev.invariants.junit.internal.weave;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Supplier;

/**
 * One value per class loader, keyed by the loader itself and weakly: a value is never found for another
 * loader (identity hashes of two loaders can be equal), and a discarded loader's value goes with it. The
 * values must not refer to their loader, or it is never discarded.
 */
final class PerLoader<V> {

    private final Map<ClassLoader, V> byLoader = new WeakHashMap<>();
    private final Supplier<V> create;
    // The bootstrap loader is null, which WeakHashMap would treat as one strong key; kept apart instead.
    private final V bootstrap;

    PerLoader(Supplier<V> create) {
        this.create = create;
        this.bootstrap = create.get();
    }

    /** The loader's value, made at first use. */
    V of(ClassLoader loader) {
        if (loader == null) {
            return bootstrap;
        }
        synchronized (byLoader) {
            return byLoader.computeIfAbsent(loader, l -> create.get());
        }
    }

    /** The loader's value, or {@code null} when it has none yet. */
    V find(ClassLoader loader) {
        if (loader == null) {
            return bootstrap;
        }
        synchronized (byLoader) {
            return byLoader.get(loader);
        }
    }
}
