package dev.invariants.benchmarks.startup.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The small suite each start-up fork runs, with checking on or off. */
public class SuiteTestCase {

    @Test
    void addsMoney() {
        assertEquals(new BigDecimal("3.50"), new Money(new BigDecimal("1.25")).plus(new Money(new BigDecimal("2.25"))).amount());
    }

    @Test
    void postsToTheLedger() {
        Ledger ledger = new Ledger();
        ledger.post("a", "b", 10);
        ledger.post("b", "c", 5);
        assertEquals(4, ledger.size());
    }

    @Test
    void rejectsZeroAmounts() {
        assertThrows(IllegalArgumentException.class, () -> new Ledger().post("a", "b", 0));
    }

    @Test
    void chargesPercentFees() {
        assertEquals(3, new PercentFees(3).fee(100));
    }
}
