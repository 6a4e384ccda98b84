package io.restassured.internal;

/** Stand-in of REST Assured's class behind {@code then()}: validations count, {@code log().body()} does not. */
public class ValidatableResponseOptionsImpl {

    private final int status;

    public ValidatableResponseOptionsImpl(int status) {
        this.status = status;
    }

    public ValidatableResponseOptionsImpl statusCode(int expected) {
        if (expected != status) {
            throw new AssertionError(expected + " != " + status);
        }
        return this;
    }

    public ValidatableResponseOptionsImpl body(String path, Object matcher) {
        return this;
    }

    /** The log specification's {@code body()}: logs the body, asserts nothing. */
    public ValidatableResponseOptionsImpl body() {
        return this;
    }
}
