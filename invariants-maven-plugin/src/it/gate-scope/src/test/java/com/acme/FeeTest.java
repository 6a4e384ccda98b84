package com.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FeeTest {

    @Test
    void one() {
        assertEquals(new BigDecimal("2.0000"), new Fees().fee(new BigDecimal("100.00"), false));
    }

    @Test
    void rejects() {
        assertThrows(IllegalArgumentException.class, () -> new Fees().fee(new BigDecimal("-1"), false));
    }
}
