package dev.invariants.examples.aiwritten;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.invariants.examples.payments.Ledger;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LedgerTests {

    private final Ledger ledger = new Ledger();

    @Test
    void testPost() {
        int entryId = ledger.post("cash", "revenue", new BigDecimal("100.00"));

        assertEquals(1, entryId);
        assertEquals(new BigDecimal("100.00"), ledger.balanceOf("cash"));
    }

    @Test
    void testReverse() {
        int entryId = ledger.post("cash", "revenue", new BigDecimal("100.00"));

        ledger.reverse(entryId);

        assertEquals(0, ledger.balanceOf("cash").signum());
    }

    @Test
    void testTotals() {
        ledger.post("cash", "revenue", new BigDecimal("42.00"));
        ledger.totalDebits();
        ledger.totalCredits();
    }
}
