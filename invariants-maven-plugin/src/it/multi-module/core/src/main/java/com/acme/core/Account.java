package com.acme.core;

import dev.invariants.Invariant;

public final class Account {

    private long balance;

    @Invariant(id = "deposit-adds", pre = "amount > 0", post = "balance == old(balance) + amount")
    public void deposit(long amount) {
        balance += amount;
    }

    @Invariant(id = "withdraw-keeps-positive", post = "balance >= 0")
    public void withdraw(long amount) {
        balance -= Math.min(amount, balance);
    }

    @Invariant(id = "close-empties", post = "balance == 0")
    public void close() {
        balance = 0;
    }

    @Invariant(id = "balance-reported", post = "result == balance")
    public long balance() {
        return balance;
    }
}
