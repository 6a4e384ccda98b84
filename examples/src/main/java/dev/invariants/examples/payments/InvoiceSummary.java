package dev.invariants.examples.payments;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * What the customer sees at the top of an invoice.
 *
 * @param invoiceId the invoice id
 * @param currency the invoice's currency
 * @param total the sum of the visible lines
 * @param lineCount the number of visible lines
 */
public record InvoiceSummary(String invoiceId, Currency currency, BigDecimal total, int lineCount) {}
