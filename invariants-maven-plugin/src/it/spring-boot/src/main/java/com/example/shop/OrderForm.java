package com.example.shop;

import dev.invariants.Invariant;

/** A JSON request body: Jackson calls the protected constructor, then sets the fields through their getters' names. */
@Invariant(id = "form-complete", post = "status != null && !status.isBlank() && amount >= 0")
public class OrderForm {

    private String status;

    private long amount;

    protected OrderForm() {}

    public String getStatus() {
        return status;
    }

    public long getAmount() {
        return amount;
    }
}
