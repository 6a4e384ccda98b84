package dev.invariants.junit.internal.expr.differential;

import java.util.Map;

/**
 * Defines the classes javac wrote in memory ahead of its parent, so that the recompiled fixtures
 * (with the expressions' methods) take the place of the test build's copies; everything else, {@link Line}
 * and {@link Grade} included, comes from the parent and is shared by both sides.
 */
final class MemoryLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final Map<String, byte[]> classes;

    MemoryLoader(ClassLoader parent, Map<String, byte[]> classes) {
        super("javac-differential", parent);
        this.classes = classes;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            return loaded != null ? loaded : defineClass(name, bytes, 0, bytes.length);
        }
    }
}
