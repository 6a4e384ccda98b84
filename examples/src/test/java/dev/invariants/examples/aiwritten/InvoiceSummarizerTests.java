package dev.invariants.examples.aiwritten;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.invariants.examples.payments.Invoice;
import dev.invariants.examples.payments.InvoiceSummarizer;
import dev.invariants.examples.payments.InvoiceSummary;
import dev.invariants.examples.payments.LineItem;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceSummarizerTests {

    private static final Currency USD = Currency.getInstance("USD");

    private final InvoiceSummarizer summarizer = new InvoiceSummarizer();

    @Test
    void testSummarize() {
        Invoice invoice = new Invoice("INV-1", USD, List.of(
                new LineItem("Widget", new BigDecimal("25.00"), USD, false),
                new LineItem("Gadget", new BigDecimal("18.00"), USD, false)));

        InvoiceSummary summary = summarizer.summarize(invoice);

        assertNotNull(summary);
        assertEquals("INV-1", summary.invoiceId());
        assertEquals(2, summary.lineCount());
    }

    @Test
    void testSummarizeDoesNotThrow() {
        Invoice invoice = new Invoice("INV-2", USD, List.of(
                new LineItem("Service fee", new BigDecimal("9.99"), USD, false)));

        assertDoesNotThrow(() -> summarizer.summarize(invoice));
    }

    @Test
    void testInvoiceHelpers() {
        Invoice invoice = new Invoice("INV-3", USD, List.of(
                new LineItem("Widget", new BigDecimal("25.00"), USD, false),
                new LineItem("Internal note", BigDecimal.ZERO, USD, true)));

        assertEquals(0, invoice.foreignCurrencyLines());
        assertEquals(new BigDecimal("25.00"), invoice.visibleTotal());
        assertEquals(1, invoice.visibleLineCount());
    }

    @Test
    void testInvoiceSummarizerCreation() {
        InvoiceSummarizer created = new InvoiceSummarizer();
        created.toString();
    }
}
