package dev.invariants.examples.payments;

import dev.invariants.Invariant;
import java.math.BigDecimal;

/** Builds the summary of an invoice. Hidden lines are left out; an invoice mixing currencies is rejected. */
public final class InvoiceSummarizer {

    /**
     * Summarizes an invoice.
     *
     * @param invoice the invoice
     * @return its summary
     * @throws IllegalArgumentException if a line, hidden or not, is not in the invoice's currency
     */
    @Invariant(id = "summary-rejects-mixed-currencies",
            pre = "invoice != null && invoice.foreignCurrencyLines() > 0",
            raises = IllegalArgumentException.class)
    @Invariant(id = "summary-totals-visible-lines",
            pre = "invoice != null && invoice.foreignCurrencyLines() == 0",
            post = "result.total().compareTo(invoice.visibleTotal()) == 0"
                    + " && result.lineCount() == invoice.visibleLineCount()"
                    + " && result.currency().equals(invoice.currency())")
    public InvoiceSummary summarize(Invoice invoice) {
        BigDecimal total = BigDecimal.ZERO;
        int count = 0;
        for (LineItem line : invoice.lines()) {
            if (!line.currency().equals(invoice.currency())) {
                throw new IllegalArgumentException("invoice " + invoice.id() + " is in " + invoice.currency()
                        + " but line '" + line.description() + "' is in " + line.currency());
            }
            if (!line.hidden()) {
                total = total.add(line.amount());
                count++;
            }
        }
        return new InvoiceSummary(invoice.id(), invoice.currency(), total, count);
    }
}
