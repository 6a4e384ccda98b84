package org.springframework.test.web.servlet;

/** Stand-in of Spring Test's class: {@code perform} returns an anonymous {@code MockMvc$1}, as the real one does. */
public final class MockMvc {

    public ResultActions perform(Object request) {
        return new ResultActions() {
            @Override
            public ResultActions andExpect(ResultMatcher matcher) throws Exception {
                matcher.match(request);
                return this;
            }
        };
    }
}
