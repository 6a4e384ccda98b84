package com.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExitTest {

    // Checks fee-non-negative and finishes.
    @Test
    @Order(1)
    void checks() {
        assertEquals(new BigDecimal("2.0000"), new Fees().fee(new BigDecimal("100.00"), false));
    }

    // Checks premium-cap, then ends the JVM as the system property `ending` says, in the middle of the test run.
    @Test
    @Order(2)
    void ends() {
        assertEquals(new BigDecimal("250.00"), new Fees().fee(new BigDecimal("100000"), true));
        switch (System.getProperty("ending", "none")) {
            case "exit" -> System.exit(0);
            case "halt" -> Runtime.getRuntime().halt(0);
            default -> { }
        }
    }
}
