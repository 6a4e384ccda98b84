package org.skyscreamer.jsonassert;

/** Stand-in of JSONAssert's entry class, recognised by class and method name. */
public final class JSONAssert {

    private JSONAssert() {}

    public static void assertEquals(String expected, String actual, boolean strict) {
        if (!expected.equals(actual)) {
            throw new AssertionError(expected + " != " + actual);
        }
    }
}
