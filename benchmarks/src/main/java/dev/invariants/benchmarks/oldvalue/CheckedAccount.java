package dev.invariants.benchmarks.oldvalue;

import dev.invariants.Invariant;

/** The same rule as an invariant with {@code old(...)}: the balance captured on entry. */
public class CheckedAccount {

    private long balance;

    @Invariant(id = "deposit-adds", pre = "amount > 0", post = "balance == old(balance) + amount")
    public long deposit(long amount) {
        balance += amount;
        return balance;
    }
}
