package dev.invariants.junit.internal.expr.emit;

import java.lang.invoke.MethodHandles;
import java.util.List;
import java.util.function.Function;

/** A fixture the generated test classes are hidden nestmates of, with members for them to use. */
class Host {

    static int counter = 40;

    final String name;
    private final int secret;
    List<String> names;

    Host(String name, int secret) {
        this.name = name;
        this.secret = secret;
        this.names = List.of(name);
    }

    static MethodHandles.Lookup lookup() {
        return MethodHandles.lookup();
    }

    int twice(int value) {
        return 2 * value;
    }

    private int plusSecret(int value) {
        return value + secret;
    }

    static <T> T first(List<T> items) {
        return items.get(0);
    }

    static <T, R> R apply(Function<T, R> function, T value) {
        return function.apply(value);
    }
}
