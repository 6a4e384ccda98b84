package com.google.common.truth;

/** Stand-in of Google Truth's entry class, recognised by class and method name. */
public final class Truth {

    private Truth() {}

    public static Subject assertThat(Object actual) {
        return new Subject(actual);
    }

    /** What {@code assertThat} returns. */
    public static final class Subject {
        private final Object actual;

        Subject(Object actual) {
            this.actual = actual;
        }

        public void isEqualTo(Object expected) {
            if (!java.util.Objects.equals(expected, actual)) {
                throw new AssertionError(expected + " != " + actual);
            }
        }
    }
}
