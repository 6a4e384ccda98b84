package com.acme.app;

import com.acme.core.Account;
import org.junit.jupiter.api.Test;

class CheckoutTest {

    @Test
    void withdraws() throws Exception {
        Evaluations.passed(Account.class, "withdraw-keeps-positive");
    }

    @Test
    void totals() throws Exception {
        Evaluations.passed(Checkout.class, "total-non-negative");
    }
}
