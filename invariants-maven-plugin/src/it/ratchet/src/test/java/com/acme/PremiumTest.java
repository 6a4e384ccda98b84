package com.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PremiumTest {

    // A premium fee above the cap: the only test that checks premium-cap.
    @Test
    void capped() {
        assertEquals(new BigDecimal("250.00"), new Fees().fee(new BigDecimal("100000"), true));
    }
}
