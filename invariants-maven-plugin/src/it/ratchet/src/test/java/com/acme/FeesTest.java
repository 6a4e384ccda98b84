package com.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FeesTest {

    // A standard fee: checks fee-non-negative; premium-cap sees its pre fail.
    @Test
    void standardFee() {
        assertEquals(new BigDecimal("2.0000"), new Fees().fee(new BigDecimal("100.00"), false));
    }
}
