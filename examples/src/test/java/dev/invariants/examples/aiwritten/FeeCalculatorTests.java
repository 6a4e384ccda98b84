package dev.invariants.examples.aiwritten;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.invariants.examples.payments.FeeCalculator;
import dev.invariants.examples.payments.Tier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeeCalculatorTests {

    private FeeCalculator feeCalculator;

    @BeforeEach
    void setUp() {
        feeCalculator = new FeeCalculator();
    }

    @Test
    void testCalculateFeeStandard() {
        BigDecimal amount = new BigDecimal("100.00");

        BigDecimal fee = feeCalculator.calculateFee(amount, Tier.STANDARD);

        // Expected value computed the same way the implementation does.
        assertEquals(amount.multiply(new BigDecimal("0.029")).setScale(2, RoundingMode.DOWN), fee);
    }

    @Test
    void testCalculateFeePremium() {
        BigDecimal fee = feeCalculator.calculateFee(new BigDecimal("100.00"), Tier.PREMIUM);

        assertEquals(new BigDecimal("2.50"), fee);
    }

    @Test
    void testCalculateFeeReturnsNotNull() {
        BigDecimal fee = feeCalculator.calculateFee(BigDecimal.TEN, Tier.STANDARD);

        assertNotNull(fee);
    }

    @Test
    void testCalculateFeeDoesNotThrow() {
        assertDoesNotThrow(() -> feeCalculator.calculateFee(new BigDecimal("50.00"), Tier.PREMIUM));
    }

    @Test
    void testCalculateFeeWithNullAmountThrowsException() {
        assertThrows(NullPointerException.class, () -> feeCalculator.calculateFee(null, Tier.STANDARD));
    }
}
