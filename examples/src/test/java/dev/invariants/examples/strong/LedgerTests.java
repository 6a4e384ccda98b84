package dev.invariants.examples.strong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.invariants.examples.payments.Ledger;
import dev.invariants.junit.Verifies;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Ledger")
class LedgerTests {

    private static final List<String> ACCOUNTS = List.of("cash", "revenue", "fees", "refunds");

    private final Ledger ledger = new Ledger();

    @Test
    @DisplayName("should debit one account and credit the other")
    @Verifies({"ledger-post-records-both-sides", "ledger-balanced"})
    void recordsBothSides() {
        int entry = ledger.post("cash", "revenue", new BigDecimal("100.00"));

        assertThat(entry).isEqualTo(1);
        assertThat(ledger.balanceOf("cash")).isEqualByComparingTo("100.00");
        assertThat(ledger.balanceOf("revenue")).isEqualByComparingTo("-100.00");
        assertThat(ledger.totalDebits()).isEqualByComparingTo("100.00");
        assertThat(ledger.totalCredits()).isEqualByComparingTo("100.00");
    }

    @Test
    @DisplayName("should restore both balances when an entry is reversed")
    @Verifies("ledger-balanced")
    void reversesAnEntry() {
        int first = ledger.post("cash", "revenue", new BigDecimal("100.00"));
        ledger.post("cash", "revenue", new BigDecimal("30.00"));

        ledger.reverse(first);

        assertThat(ledger.balanceOf("cash")).isEqualByComparingTo("30.00");
        assertThat(ledger.balanceOf("revenue")).isEqualByComparingTo("-30.00");
        assertThat(ledger.totalDebits()).isEqualByComparingTo("30.00");
    }

    @Test
    @DisplayName("should refuse a second reversal and stay balanced")
    @Verifies({"ledger-reverse-rejects-second-reversal", "ledger-balanced"})
    void refusesASecondReversal() {
        int entry = ledger.post("cash", "revenue", new BigDecimal("100.00"));
        ledger.reverse(entry);

        assertThatThrownBy(() -> ledger.reverse(entry))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("entry 1 is already reversed");
        assertThat(ledger.totalDebits()).isEqualByComparingTo("0.00");
        assertThat(ledger.totalCredits()).isEqualByComparingTo("0.00");
        assertThat(ledger.balanceOf("cash")).isEqualByComparingTo("0.00");
    }

    @Test
    @DisplayName("should reject reversing an entry that does not exist")
    @Verifies({"ledger-reverse-rejects-unknown-entry", "ledger-balanced"})
    void rejectsUnknownEntries() {
        ledger.post("cash", "revenue", new BigDecimal("5.00"));

        assertThatThrownBy(() -> ledger.reverse(2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no entry 2");
        assertThatThrownBy(() -> ledger.reverse(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no entry 0");
        assertThat(ledger.totalDebits()).isEqualByComparingTo("5.00");
    }

    @Test
    @DisplayName("should reject a non-positive amount and post nothing")
    @Verifies("ledger-post-rejects-non-positive")
    void rejectsNonPositiveAmounts() {
        assertThatThrownBy(() -> ledger.post("cash", "revenue", BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount must be positive, was 0");
        assertThat(ledger.totalDebits()).isEqualByComparingTo("0");
        assertThat(ledger.balanceOf("cash")).isEqualByComparingTo("0");
    }

    @Test
    @DisplayName("should reject an entry from an account to itself")
    @Verifies("ledger-post-rejects-self-posting")
    void rejectsSelfPosting() {
        assertThatThrownBy(() -> ledger.post("cash", "cash", BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot post from account cash to itself");
        assertThat(ledger.totalDebits()).isEqualByComparingTo("0");
    }

    @Test
    @DisplayName("should keep debits equal to credits and balances summing to zero over a sequence")
    @Verifies({"ledger-balanced", "ledger-post-records-both-sides", "ledger-reverse-rejects-second-reversal"})
    void staysBalancedOverASequence() {
        int sale = ledger.post("cash", "revenue", new BigDecimal("120.00"));
        ledger.post("fees", "cash", new BigDecimal("3.48"));
        int refund = ledger.post("refunds", "cash", new BigDecimal("20.00"));
        ledger.reverse(refund);
        assertThatThrownBy(() -> ledger.reverse(refund)).isInstanceOf(IllegalStateException.class);
        ledger.reverse(sale);
        ledger.post("cash", "revenue", new BigDecimal("0.01"));

        assertThat(ledger.totalDebits()).isEqualByComparingTo(ledger.totalCredits());
        assertThat(ledger.totalDebits()).isEqualByComparingTo("3.49");
        BigDecimal sumOfBalances = ACCOUNTS.stream().map(ledger::balanceOf).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sumOfBalances).isEqualByComparingTo("0");
        assertThat(ledger.balanceOf("cash")).isEqualByComparingTo("-3.47");
    }
}
