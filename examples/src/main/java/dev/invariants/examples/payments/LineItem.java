package dev.invariants.examples.payments;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * One line of an invoice.
 *
 * @param description what was sold
 * @param amount the line amount
 * @param currency the currency of the amount
 * @param hidden whether the line is internal (a zero-rated adjustment, a note) and left out of totals
 */
public record LineItem(String description, BigDecimal amount, Currency currency, boolean hidden) {

    /** Rejects missing fields. */
    public LineItem {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }
}
