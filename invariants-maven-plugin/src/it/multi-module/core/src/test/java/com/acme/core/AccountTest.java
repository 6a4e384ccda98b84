package com.acme.core;

import org.junit.jupiter.api.Test;

class AccountTest {

    // deposit-adds is the check; balance() is left alone so balance-reported stays unchecked.
    @Test
    void deposits() {
        new Account().deposit(5);
    }
}
