package com.acme.core;

import org.junit.jupiter.api.Test;

class AccountTest {

    @Test
    void deposits() throws Exception {
        Evaluations.passed(Account.class, "deposit-adds");
    }
}
