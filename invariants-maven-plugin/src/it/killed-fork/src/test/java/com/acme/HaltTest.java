package com.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class HaltTest {

    // Checks premium-cap, then the JVM dies the hard way (no shutdown hooks, no session close): as kill -9 would.
    @Test
    void dies() {
        assertEquals(new BigDecimal("250.00"), new Fees().fee(new BigDecimal("100000"), true));
        Runtime.getRuntime().halt(3);
    }
}
