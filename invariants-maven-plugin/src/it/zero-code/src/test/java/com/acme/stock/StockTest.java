package com.acme.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StockTest {

    @Test
    void receives() {
        Stock stock = new Stock(2);
        stock.receive(3);
        assertEquals(5, stock.count());
    }
}
