package dev.invariants.examples.payments;

import java.math.BigDecimal;

/** Thrown when an account does not hold enough money for a transfer. */
public final class InsufficientFundsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param account the account that was short
     * @param requested the amount asked for
     */
    public InsufficientFundsException(Account account, BigDecimal requested) {
        super("account " + account.id() + " holds " + account.balance() + ", cannot transfer " + requested);
    }
}
