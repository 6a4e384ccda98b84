package com.example.shop;

import dev.invariants.Invariant;
import org.springframework.stereotype.Component;

/** Replaced by a {@code @MockitoBean} in the one test that pays: its contract is never run. */
@Component
public class PaymentGateway {

    @Invariant(id = "charge-accepted", pre = "amount > 0", post = "result")
    public boolean charge(long amount) {
        return amount > 0;
    }
}
