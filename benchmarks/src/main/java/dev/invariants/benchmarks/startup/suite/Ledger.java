package dev.invariants.benchmarks.startup.suite;

import dev.invariants.Invariant;
import java.util.ArrayList;
import java.util.List;

@Invariant(id = "ledger-balanced", post = "debits == credits")
public class Ledger {

    private final List<String> entries = new ArrayList<>();
    private long debits;
    private long credits;

    @Invariant(id = "ledger-post", pre = "amount > 0", post = "entries.size() == old(entries.size()) + 2")
    @Invariant(id = "ledger-rejects-zero", pre = "amount <= 0", raises = IllegalArgumentException.class)
    public void post(String from, String to, long amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be positive");
        }
        entries.add(from + " -" + amount);
        entries.add(to + " +" + amount);
        debits += amount;
        credits += amount;
    }

    public int size() {
        return entries.size();
    }
}
