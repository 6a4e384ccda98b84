package dev.invariants.examples.aiwritten;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.invariants.examples.payments.CheckoutService;
import dev.invariants.examples.payments.FeeCalculator;
import dev.invariants.examples.payments.IdempotencyKeys;
import dev.invariants.examples.payments.PaymentGateway;
import dev.invariants.examples.payments.PaymentMethod;
import dev.invariants.examples.payments.PaymentRequest;
import dev.invariants.examples.payments.Receipt;
import dev.invariants.examples.payments.Tier;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class CheckoutServiceTests {

    private static final PaymentRequest REQUEST =
            new PaymentRequest("key-1", PaymentMethod.CARD, new BigDecimal("100.00"), Tier.STANDARD);

    @Mock
    private IdempotencyKeys keys;

    @Mock
    private FeeCalculator fees;

    @Mock
    private PaymentGateway gateway;

    @InjectMocks
    private CheckoutService checkoutService;

    @Test
    void testCheckout() {
        when(keys.claim("key-1", PaymentMethod.CARD)).thenReturn(true);
        when(fees.calculateFee(new BigDecimal("100.00"), Tier.STANDARD)).thenReturn(new BigDecimal("2.90"));

        Receipt receipt = checkoutService.checkout(REQUEST);

        assertNotNull(receipt);
        assertEquals(new BigDecimal("2.90"), receipt.fee());
        verify(gateway).charge("key-1", PaymentMethod.CARD, new BigDecimal("100.00"));
    }

    @Test
    void testCheckoutCallsFeeCalculator() {
        when(keys.claim(any(), any())).thenReturn(true);
        when(fees.calculateFee(any(), any())).thenReturn(BigDecimal.ONE);

        checkoutService.checkout(REQUEST);

        verify(fees).calculateFee(new BigDecimal("100.00"), Tier.STANDARD);
    }

    @Test
    void testCheckoutServiceCreation() {
        new CheckoutService(keys, fees, gateway);
    }
}
