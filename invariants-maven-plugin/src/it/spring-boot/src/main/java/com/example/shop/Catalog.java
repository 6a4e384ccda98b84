package com.example.shop;

import dev.invariants.Invariant;
import java.util.List;
import org.springframework.stereotype.Component;

/** Built while the application context starts, in a test class's set-up: no test method checks it. */
@Component
@Invariant(id = "catalog-stocked", post = "!items.isEmpty()")
public class Catalog {

    private final List<String> items;

    public Catalog() {
        this.items = List.of("tea", "coffee");
    }

    public List<String> items() {
        return items;
    }
}
