package com.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void rejectsMixedCurrencies() {
        assertThrows(CurrencyMismatchException.class, () -> new Money(1, "EUR").add(new Money(1, "USD")));
    }

    @Test
    void addsCents() {
        assertEquals(3, new Money(1, "EUR").add(new Money(2, "EUR")).cents());
    }
}
