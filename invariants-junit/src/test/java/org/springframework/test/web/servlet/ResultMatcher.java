package org.springframework.test.web.servlet;

/** Stand-in of Spring Test's interface (see {@code AssertionErrors} beside it). */
public interface ResultMatcher {

    void match(Object result) throws Exception;
}
