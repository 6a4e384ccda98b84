package dev.invariants.examples.payments;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * An invoice: lines billed in the invoice's currency.
 *
 * <p>The query methods below state what a summary must contain in the simplest possible way; the
 * invariants of {@link InvoiceSummarizer} compare against them.
 *
 * @param id the invoice id
 * @param currency the currency every line must be in
 * @param lines the lines, visible and hidden
 */
public record Invoice(String id, Currency currency, List<LineItem> lines) {

    /** Rejects missing fields and keeps an unmodifiable copy of the lines. */
    public Invoice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(currency, "currency");
        lines = List.copyOf(lines);
    }

    /** @return how many lines, hidden ones included, are not in the invoice's currency */
    public int foreignCurrencyLines() {
        int count = 0;
        for (LineItem line : lines) {
            if (!line.currency().equals(currency)) {
                count++;
            }
        }
        return count;
    }

    /** @return the sum of the visible lines */
    public BigDecimal visibleTotal() {
        BigDecimal total = BigDecimal.ZERO;
        for (LineItem line : lines) {
            if (!line.hidden()) {
                total = total.add(line.amount());
            }
        }
        return total;
    }

    /** @return the number of visible lines */
    public int visibleLineCount() {
        int count = 0;
        for (LineItem line : lines) {
            if (!line.hidden()) {
                count++;
            }
        }
        return count;
    }
}
