package com.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FeesTest {

    @Test
    void fee() {
        assertEquals(2, new Fees().fee(100));
    }
}
