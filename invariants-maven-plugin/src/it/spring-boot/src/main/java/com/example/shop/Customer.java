package com.example.shop;

import dev.invariants.Invariant;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** JPA requires the protected constructor; Hibernate calls it and then sets the fields. */
@Entity
@Invariant(id = "customer-named", post = "name != null && !name.isBlank()")
public class Customer {

    @Id
    @GeneratedValue
    private Long id;

    private String name;

    protected Customer() {}

    public Customer(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
