package org.springframework.test.util;

/**
 * Stand-in of Spring Test's class of the same name (assertion counting recognises it by class and
 * method name), so the recognition test needs no Spring; the Spring Boot fixture build uses the real one.
 */
public abstract class AssertionErrors {

    public static void assertEquals(String message, Object expected, Object actual) {
        if (!java.util.Objects.equals(expected, actual)) {
            throw new AssertionError(message);
        }
    }

    public static void assertNotNull(String message, Object actual) {
        assertEquals(message, true, actual != null);
    }
}
