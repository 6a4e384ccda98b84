package org.springframework.test.web.servlet;

/** Stand-in of Spring Test's interface (see {@code AssertionErrors}): {@code andExpectAll} is its default method. */
public interface ResultActions {

    ResultActions andExpect(ResultMatcher matcher) throws Exception;

    default ResultActions andExpectAll(ResultMatcher... matchers) throws Exception {
        for (ResultMatcher each : matchers) {
            each.match(this);
        }
        return this;
    }
}
