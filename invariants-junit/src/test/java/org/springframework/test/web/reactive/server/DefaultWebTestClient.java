package org.springframework.test.web.reactive.server;

/** Stand-in of Spring Test's class (see {@code AssertionErrors}): {@code expect*} of its response spec count. */
public final class DefaultWebTestClient {

    public DefaultResponseSpec exchange() {
        return new DefaultResponseSpec();
    }

    /** What {@code exchange()} returns. */
    public static final class DefaultResponseSpec {

        public DefaultResponseSpec expectStatus() {
            return this;
        }

        public DefaultResponseSpec returnResult() {
            return this;
        }
    }
}
