package com.acme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeesTest {

    @Test
    void smallFee() {
        assertThat(new Fees().fee(20)).isEqualTo(2);
    }

    /** Calls and asserts nothing, as generated suites do: only the invariants look at the result. */
    @Test
    void largeFee() {
        new Fees().fee(10_000);
    }

    @Test
    void discounted() {
        assertThat(new Fees().discounted(10)).isEqualTo(5);
    }
}
