package com.example.shop;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@JpaSliceTest
class OrderRepositoryTests {

    @Autowired
    OrderRepository orders;

    @Autowired
    CustomerRepository customers;

    @Autowired
    EntityManager entities;

    @Test
    void findsOrdersByStatus() {
        orders.save(new PurchaseOrder("open", 10));
        orders.save(new PurchaseOrder("paid", 20));
        assertThat(orders.findByStatus("open")).hasSize(1);
    }

    @Test
    void loadsACustomerHibernateFilledIn() {
        // a row no constructor of ours made: Hibernate builds the entity through the protected one, then sets the fields
        entities.createNativeQuery("insert into customer (id, name) values (100, 'Grace')").executeUpdate();
        assertThat(customers.findById(100L).orElseThrow().getName()).isEqualTo("Grace");
    }
}
