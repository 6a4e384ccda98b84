package dev.invariants.junit.internal.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;

/**
 * Reads a non-public field of another instance, {@code other.amount} in an expression declared in
 * the field's own class: legal in Java source, but the compilers refuse it in a generated class.
 * Slower than the fields of {@code this} (which call sites pass in), so used only for that case.
 */
public final class Peek {

    private static volatile MethodHandle[] getters = new MethodHandle[0];

    private Peek() {}

    /** Registers a getter for the field; returns the id generated code passes to {@link #get}. */
    public static synchronized int register(Class<?> owner, String name, Class<?> type) {
        try {
            MethodHandle getter = MethodHandles.privateLookupIn(owner, MethodHandles.lookup())
                    .findGetter(owner, name, type).asType(MethodType.methodType(Object.class, Object.class));
            MethodHandle[] grown = Arrays.copyOf(getters, getters.length + 1);
            grown[getters.length] = getter;
            getters = grown;
            return getters.length - 1;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + owner.getName() + "." + name, e);
        }
    }

    /** The field's value on the target; a {@code NullPointerException} for a null target, as Java would. */
    public static Object get(int id, Object target) throws Throwable {
        if (target == null) {
            throw new NullPointerException();
        }
        return getters[id].invoke(target);
    }
}
