package dev.invariants.examples.strong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.invariants.examples.payments.Invoice;
import dev.invariants.examples.payments.InvoiceSummarizer;
import dev.invariants.examples.payments.InvoiceSummary;
import dev.invariants.examples.payments.LineItem;
import dev.invariants.junit.Verifies;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("InvoiceSummarizer")
class InvoiceSummarizerTests {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");

    private final InvoiceSummarizer summarizer = new InvoiceSummarizer();

    private static LineItem visible(String description, String amount, Currency currency) {
        return new LineItem(description, new BigDecimal(amount), currency, false);
    }

    private static LineItem hidden(String description, String amount, Currency currency) {
        return new LineItem(description, new BigDecimal(amount), currency, true);
    }

    @Test
    @DisplayName("should total and count the visible lines only")
    @Verifies("summary-totals-visible-lines")
    void totalsVisibleLinesOnly() {
        Invoice invoice = new Invoice("INV-1", USD, List.of(
                visible("Widget", "25.00", USD),
                hidden("Internal adjustment", "18.00", USD)));

        InvoiceSummary summary = summarizer.summarize(invoice);

        assertThat(summary.total()).isEqualByComparingTo("25.00");
        assertThat(summary.lineCount()).isEqualTo(1);
        assertThat(summary.currency()).isEqualTo(USD);
        assertThat(summary.invoiceId()).isEqualTo("INV-1");
    }

    @Test
    @DisplayName("should summarize an empty invoice as zero")
    @Verifies("summary-totals-visible-lines")
    void summarizesAnEmptyInvoice() {
        InvoiceSummary summary = summarizer.summarize(new Invoice("INV-2", EUR, List.of()));

        assertThat(summary.total()).isEqualByComparingTo("0");
        assertThat(summary.lineCount()).isZero();
        assertThat(summary.currency()).isEqualTo(EUR);
    }

    @Test
    @DisplayName("should reject an invoice mixing currencies, naming the line")
    @Verifies("summary-rejects-mixed-currencies")
    void rejectsMixedCurrencies() {
        Invoice invoice = new Invoice("INV-3", USD, List.of(
                visible("Widget", "25.00", USD),
                visible("Gadget", "19.00", EUR)));

        assertThatThrownBy(() -> summarizer.summarize(invoice))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invoice INV-3 is in USD but line 'Gadget' is in EUR");
    }

    @Test
    @DisplayName("should reject a foreign currency even on a hidden line")
    @Verifies("summary-rejects-mixed-currencies")
    void rejectsForeignHiddenLines() {
        Invoice invoice = new Invoice("INV-4", USD, List.of(
                visible("Widget", "25.00", USD),
                hidden("FX note", "0.00", EUR)));

        assertThatThrownBy(() -> summarizer.summarize(invoice))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'FX note' is in EUR");
    }
}
