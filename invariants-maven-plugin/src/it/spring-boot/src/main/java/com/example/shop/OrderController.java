package com.example.shop;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class OrderController {

    private final OrderRepository orders;

    private final PaymentGateway payments;

    public OrderController(OrderRepository orders, PaymentGateway payments) {
        this.orders = orders;
        this.payments = payments;
    }

    @PostMapping("/orders")
    public ResponseEntity<Long> place(@RequestParam String status, @RequestParam long amount) {
        if (amount < 0) {
            return ResponseEntity.badRequest().build();
        }
        return ResponseEntity.ok(orders.save(new PurchaseOrder(status, amount)).getAmount());
    }

    @PostMapping("/orders/json")
    public long placeFromJson(@RequestBody OrderForm form) {
        return orders.save(new PurchaseOrder(form.getStatus(), form.getAmount())).getAmount();
    }

    @PostMapping("/orders/paid")
    public ResponseEntity<Long> placePaid(@RequestParam long amount) {
        if (!payments.charge(amount)) {
            return ResponseEntity.status(HttpStatus.PAYMENT_REQUIRED).build();
        }
        return ResponseEntity.ok(orders.save(new PurchaseOrder("paid", amount)).getAmount());
    }

    @GetMapping("/orders")
    public int count(@RequestParam String status) {
        return orders.findByStatus(status).size();
    }
}
