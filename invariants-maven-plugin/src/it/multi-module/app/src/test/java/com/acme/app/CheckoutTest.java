package com.acme.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.acme.core.Account;
import org.junit.jupiter.api.Test;

class CheckoutTest {

    // Calls core's Account from the app module: withdraw-keeps-positive is checked here, not in core.
    @Test
    void withdraws() {
        new Account().withdraw(3);
    }

    @Test
    void totals() {
        assertEquals(20, new Checkout().total(10, 2));
    }
}
