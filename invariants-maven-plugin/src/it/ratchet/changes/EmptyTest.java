package com.acme;

import org.junit.jupiter.api.Test;

/** A new test of a pull request that asserts nothing and checks no invariant. */
class EmptyTest {

    @Test
    void callsNothing() {
        new Fees();
    }
}
