package com.example.shop;

import dev.invariants.Invariant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Implemented by Spring Data with a JDK dynamic proxy: no class of ours behind it. */
public interface OrderRepository extends JpaRepository<PurchaseOrder, Long> {

    @Invariant(id = "orders-by-status", post = "result.stream().allMatch(o -> o.getStatus().equals(status))")
    List<PurchaseOrder> findByStatus(String status);
}
