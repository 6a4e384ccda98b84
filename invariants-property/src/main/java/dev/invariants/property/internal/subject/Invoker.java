package dev.invariants.property.internal.subject;

import dev.invariants.property.spi.Invocation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/** Reflective calls that rethrow what the called code threw, unwrapped. */
final class Invoker {

    private Invoker() {
    }

    static Invocation of(Executable member, Object receiver, Object[] arguments) {
        return () -> {
            try {
                member.setAccessible(true);
                return member instanceof Constructor<?> constructor
                        ? constructor.newInstance(arguments) : ((Method) member).invoke(receiver, arguments);
            } catch (InvocationTargetException thrown) {
                throw thrown.getCause();
            }
        };
    }
}
