package com.acme.fees;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FeesTest {

    @Test
    void fee() {
        assertEquals(2, new Fees().fee(100));
    }

    // What makes this fixture what it is: Surefire ran it in the named module, from the module path.
    @Test
    void runsOnTheModulePath() {
        assertEquals("com.acme.fees", Fees.class.getModule().getName());
    }
}
