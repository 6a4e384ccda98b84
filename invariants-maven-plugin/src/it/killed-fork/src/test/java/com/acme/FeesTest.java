package com.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FeesTest {

    // Checks fee-non-negative, then outlives the other fork, which is killed meanwhile: this fork publishes last.
    @Test
    void checks() throws InterruptedException {
        assertEquals(new BigDecimal("2.0000"), new Fees().fee(new BigDecimal("100.00"), false));
        Thread.sleep(8_000);
    }
}
