package com.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class WaiveTest {

    @Test
    void waivesAndRefunds() {
        assertEquals(BigDecimal.ZERO, new Fees().waive(BigDecimal.TEN));
        assertEquals(BigDecimal.TEN, new Fees().refund(BigDecimal.TEN));
    }
}
