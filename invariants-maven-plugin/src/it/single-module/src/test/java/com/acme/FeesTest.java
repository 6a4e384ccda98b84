package com.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FeesTest {

    // Standard fee: checks fee-non-negative; premium-cap and rejects-negative see their pre fail.
    @Test
    void checks() {
        assertEquals(new BigDecimal("2.0000"), new Fees().fee(new BigDecimal("100.00"), false));
    }
}
