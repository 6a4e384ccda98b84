package dev.invariants.property.internal.gen;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The ways to build an instance of a class: its canonical constructor (records), public constructors and static factories. */
final class Creators {
    private static final Map<Class<?>, List<Executable>> CACHE = new ConcurrentHashMap<>();

    private Creators() {
    }

    static List<Executable> of(Class<?> type) {
        return CACHE.computeIfAbsent(type, Creators::find);
    }

    private static List<Executable> find(Class<?> type) {
        List<Executable> creators = new ArrayList<>();
        if (type.isRecord()) {
            Class<?>[] components = java.util.Arrays.stream(type.getRecordComponents())
                    .map(java.lang.reflect.RecordComponent::getType).toArray(Class<?>[]::new);
            try {
                creators.add(type.getDeclaredConstructor(components));
            } catch (NoSuchMethodException impossible) {
                throw new IllegalStateException("record without canonical constructor: " + type.getName(), impossible);
            }
        } else if (!Modifier.isAbstract(type.getModifiers()) && !type.isInterface()) {
            for (Constructor<?> constructor : type.getConstructors()) {
                creators.add(constructor);
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            int modifiers = method.getModifiers();
            if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && !method.isSynthetic()
                    && type.isAssignableFrom(method.getReturnType()) && !type.isRecord()) {
                creators.add(method);
            }
        }
        creators.sort(Comparator.comparingInt(Executable::getParameterCount).thenComparing(Executable::toGenericString));
        for (Executable creator : creators) {
            try {
                creator.setAccessible(true);
            } catch (RuntimeException inaccessible) {
                // public members of public classes need no access override
            }
        }
        return List.copyOf(creators);
    }
}
