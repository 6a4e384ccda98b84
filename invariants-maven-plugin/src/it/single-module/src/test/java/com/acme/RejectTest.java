package com.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RejectTest {

    @Test
    void checks() throws Exception {
        Evaluations.passed(Fees.class, "rejects-negative");
        assertEquals(BigDecimal.ZERO, new Fees().waive(BigDecimal.TEN));
    }
}
