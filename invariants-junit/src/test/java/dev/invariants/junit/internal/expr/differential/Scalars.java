package dev.invariants.junit.internal.expr.differential;

// Wildcards on purpose: the contract resolves java.util, java.math and java.time without imports, and javac
// sees what ours sees only when this source imports them.
import java.math.*;
import java.time.*;
import java.util.*;

/**
 * Static contexts over primitives, boxes and strings: each method's parameters are the variables the
 * corpus's expressions read, and its private members are what they may call. The javac side of the
 * differential test recompiles this very file with the expressions appended as methods, so it must
 * stay self-contained (the JDK, {@link Line} and {@link Grade} only).
 */
public final class Scalars {

    static final int LIMIT = 100;
    static final String GREETING = "hi";
    static final long BIG = 1L << 40;
    static final char MARK = '#';
    private static final double RATE = 0.25;
    private static final Integer BOXED_LIMIT = 100;

    private Scalars() {}

    private static int twice(int x) {
        return 2 * x;
    }

    // Overloads a call must choose between by the argument's type, as javac does.
    private static String kind(int x) {
        return "int";
    }

    private static String kind(long x) {
        return "long";
    }

    private static String kind(double x) {
        return "double";
    }

    private static String kind(Integer x) {
        return "Integer";
    }

    private static String kind(Object x) {
        return "Object";
    }

    private static String shout(String s) {
        return Objects.requireNonNull(s).toUpperCase(Locale.ROOT) + "!";
    }

    static int sum(int... xs) {
        int total = 0;
        for (int x : xs) {
            total += x;
        }
        return total;
    }

    static String first(String head, Object... rest) {
        return head + rest.length;
    }

    public static void none() {}

    public static void ints(int a, int b, int c) {}

    public static void longs(long x, long y, int s) {}

    public static void doubles(double d, double e, float f) {}

    public static void floats(float f, float g, int i) {}

    public static void chars(char c, char d, int i) {}

    public static void smalls(byte b, short s, char c, boolean p) {}

    public static void bools(boolean p, boolean q, int a) {}

    public static void strings(String s, String t, int i, char c) {}

    public static void boxed(Integer i, Integer j, Long l, Double d, int p) {}

    public static void mixed(int a, long x, double d, char c, String s, Integer i) {}
}
