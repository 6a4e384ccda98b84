package com.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FeesTest {

    @Test
    void checks() throws Exception {
        Evaluations.passed(Fees.class, "fee-non-negative");
        assertEquals(BigDecimal.ZERO, new Fees().waive(BigDecimal.TEN));
    }
}
