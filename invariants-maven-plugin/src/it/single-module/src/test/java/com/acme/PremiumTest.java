package com.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PremiumTest {

    @Test
    void checks() throws Exception {
        Evaluations.passed(Fees.class, "premium-cap");
        assertEquals(BigDecimal.ZERO, new Fees().waive(BigDecimal.TEN));
    }
}
