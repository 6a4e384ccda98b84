package com.acme;

import dev.invariants.Invariant;

/** Amounts in one currency; {@code add}'s invariant has a typo (its post does not compile). */
public final class Money {

    private final long cents;
    private final String currency;

    public Money(long cents, String currency) {
        this.cents = cents;
        this.currency = currency;
    }

    @Invariant(id = "add-sums-cents", post = "result.cents == cents +")
    public Money add(Money other) {
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency + " and " + other.currency);
        }
        return new Money(cents + other.cents, currency);
    }

    @Invariant(id = "cents-non-negative", post = "result >= 0")
    public long cents() {
        return cents;
    }
}
