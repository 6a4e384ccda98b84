package com.example.shop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;

@DataJpaTest
class OrderRepositoryTests {

    @Autowired
    OrderRepository orders;

    @Autowired
    CustomerRepository customers;

    @Autowired
    TestEntityManager entities;

    @Test
    void findsOrdersByStatus() {
        orders.save(new PurchaseOrder("open", 10));
        orders.save(new PurchaseOrder("paid", 20));
        assertThat(orders.findByStatus("open")).hasSize(1);
    }

    @Test
    void loadsACustomerHibernateFilledIn() {
        // a row no constructor of ours made: Hibernate builds the entity through the protected one, then sets the fields
        entities.getEntityManager().createNativeQuery("insert into customer (id, name) values (100, 'Grace')")
                .executeUpdate();
        assertThat(customers.findById(100L).orElseThrow().getName()).isEqualTo("Grace");
    }
}
