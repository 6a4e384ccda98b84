package com.acme;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RejectTest {

    // A negative amount: checks rejects-negative; fee-non-negative only records that the call threw.
    @Test
    void checks() {
        assertThrows(IllegalArgumentException.class, () -> new Fees().fee(new BigDecimal("-1"), false));
    }
}
