package dev.invariants.examples.strong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.invariants.examples.payments.FeeCalculator;
import dev.invariants.examples.payments.Tier;
import dev.invariants.junit.Verifies;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("FeeCalculator")
class FeeCalculatorTests {

    private static final BigDecimal PREMIUM_RATE = new BigDecimal("0.025");

    private final FeeCalculator calculator = new FeeCalculator();

    @Nested
    @DisplayName("premium tier")
    class PremiumTier {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({"100.00, 2.50", "0.39, 0.00", "9999.99, 249.99"})
        @DisplayName("should charge 2.5 % rounded down below the cap")
        @Verifies({"fee-non-negative", "premium-fee-cap", "premium-fee-rate"})
        void chargesTheRateBelowTheCap(BigDecimal amount, BigDecimal expectedFee) {
            BigDecimal fee = calculator.calculateFee(amount, Tier.PREMIUM);

            assertThat(fee).isEqualByComparingTo(expectedFee);
            assertThat(fee).isLessThanOrEqualTo(amount.multiply(PREMIUM_RATE));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"10000.00", "10000.01", "1000000.00"})
        @DisplayName("should charge exactly the 250.00 cap from 10,000.00 on")
        @Verifies({"premium-fee-capped-from-threshold", "premium-fee-cap", "premium-fee-rate"})
        void capsTheFee(BigDecimal amount) {
            BigDecimal fee = calculator.calculateFee(amount, Tier.PREMIUM);

            assertThat(fee).isEqualByComparingTo("250.00");
            assertThat(fee).isLessThanOrEqualTo(amount.multiply(PREMIUM_RATE));
        }
    }

    @Nested
    @DisplayName("standard tier")
    class StandardTier {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({"100.00, 2.90", "99.99, 2.89", "1000000.00, 29000.00"})
        @DisplayName("should charge 2.9 % rounded down, without a cap")
        @Verifies("fee-non-negative")
        void chargesTheRateUncapped(BigDecimal amount, BigDecimal expectedFee) {
            assertThat(calculator.calculateFee(amount, Tier.STANDARD)).isEqualByComparingTo(expectedFee);
        }
    }

    @ParameterizedTest
    @EnumSource(Tier.class)
    @DisplayName("should charge nothing on a zero amount")
    @Verifies("fee-non-negative")
    void chargesNothingOnZero(Tier tier) {
        assertThat(calculator.calculateFee(new BigDecimal("0.00"), tier)).isEqualByComparingTo("0.00");
    }

    @ParameterizedTest
    @EnumSource(Tier.class)
    @DisplayName("should reject a negative amount, naming it")
    @Verifies("fee-rejects-negative-amount")
    void rejectsNegativeAmounts(Tier tier) {
        assertThatThrownBy(() -> calculator.calculateFee(new BigDecimal("-0.01"), tier))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount must not be negative, was -0.01");
    }
}
