package dev.invariants.junit.internal.expr.attr;

import java.util.Collection;
import java.util.List;

/** The context {@link ShapesTests} attributes in: one parameter of each kind of value the shapes take. */
class ShapesFixture<T extends CharSequence> {

    @SuppressWarnings("unused")
    boolean check(int i, long l, Integer boxed, Long big, Object o, String s, int[] arr, List<String> list, boolean b,
            double d, Collection<String> coll, byte by, short sh, char c, Double db, Boolean flag, T t, T[] ts,
            Object[] objects) {
        return true;
    }
}
