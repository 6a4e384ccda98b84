package com.example.shop;

import dev.invariants.Invariant;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** Its invariant throws a NullPointerException on the empty object Hibernate's constructor leaves. */
@Entity
@Invariant(id = "order-has-status", post = "status.length() > 0 && amount >= 0")
public class PurchaseOrder {

    @Id
    @GeneratedValue
    private Long id;

    private String status;

    private long amount;

    protected PurchaseOrder() {}

    public PurchaseOrder(String status, long amount) {
        if (amount < 0) {
            throw new IllegalArgumentException("negative amount " + amount);
        }
        this.status = status;
        this.amount = amount;
    }

    public String getStatus() {
        return status;
    }

    public long getAmount() {
        return amount;
    }
}
