package dev.invariants.examples.payments;

import dev.invariants.Invariant;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** A customer account holding money in one currency. Money moves only through {@link TransferService}. */
public final class Account {

    private final String id;
    private final Currency currency;
    private BigDecimal balance;

    /**
     * Opens an account.
     *
     * @param id the account id
     * @param currency the currency it holds
     * @param openingBalance the balance it opens with, not negative
     * @throws IllegalArgumentException if the opening balance is negative
     */
    @Invariant(id = "account-rejects-negative-opening-balance",
            pre = "openingBalance != null && openingBalance.signum() < 0",
            raises = IllegalArgumentException.class)
    public Account(String id, Currency currency, BigDecimal openingBalance) {
        if (Objects.requireNonNull(openingBalance, "openingBalance").signum() < 0) {
            throw new IllegalArgumentException("opening balance must not be negative, was " + openingBalance);
        }
        this.id = Objects.requireNonNull(id, "id");
        this.currency = Objects.requireNonNull(currency, "currency");
        this.balance = openingBalance;
    }

    /** @return the account id */
    public String id() {
        return id;
    }

    /** @return the currency the account holds */
    public Currency currency() {
        return currency;
    }

    /** @return the current balance */
    public BigDecimal balance() {
        return balance;
    }

    void debit(BigDecimal amount) {
        balance = balance.subtract(amount);
    }

    void credit(BigDecimal amount) {
        balance = balance.add(amount);
    }

    // Invariant violation messages show values with toString().
    @Override
    public String toString() {
        return id + " [" + balance + " " + currency + "]";
    }
}
