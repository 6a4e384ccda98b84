package dev.invariants.examples.strong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.invariants.examples.payments.CheckoutService;
import dev.invariants.examples.payments.FeeCalculator;
import dev.invariants.examples.payments.IdempotencyConflictException;
import dev.invariants.examples.payments.IdempotencyKeys;
import dev.invariants.examples.payments.PaymentGateway;
import dev.invariants.examples.payments.PaymentMethod;
import dev.invariants.examples.payments.PaymentRequest;
import dev.invariants.examples.payments.Receipt;
import dev.invariants.examples.payments.Tier;
import dev.invariants.junit.Verifies;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CheckoutService")
class CheckoutServiceTests {

    /** Records every charge; fails the first {@code failuresLeft} of them like a network timeout. */
    private static final class RecordingGateway implements PaymentGateway {
        final List<String> charges = new ArrayList<>();
        int failuresLeft;

        @Override
        public void charge(String idempotencyKey, PaymentMethod method, BigDecimal amount) {
            if (failuresLeft > 0) {
                failuresLeft--;
                throw new IllegalStateException("gateway timeout");
            }
            charges.add(idempotencyKey + " " + method + " " + amount);
        }
    }

    private final RecordingGateway gateway = new RecordingGateway();
    private final CheckoutService checkout = new CheckoutService(new IdempotencyKeys(), new FeeCalculator(), gateway);

    private static PaymentRequest request(String key, PaymentMethod method, String amount, Tier tier) {
        return new PaymentRequest(key, method, new BigDecimal(amount), tier);
    }

    @Test
    @DisplayName("should split a large premium payment into the capped fee and the merchant's net")
    @Verifies({"checkout-splits-amount", "premium-fee-capped-from-threshold"})
    void splitsIntoCappedFeeAndNet() {
        Receipt receipt = checkout.checkout(request("order-1", PaymentMethod.CARD, "20000.00", Tier.PREMIUM));

        assertThat(receipt.fee()).isEqualByComparingTo("250.00");
        assertThat(receipt.net()).isEqualByComparingTo("19750.00");
        assertThat(receipt.replayed()).isFalse();
        assertThat(gateway.charges).containsExactly("order-1 CARD 20000.00");
    }

    @Test
    @DisplayName("should answer a retry with the first receipt and charge once")
    @Verifies({"checkout-replays-first-receipt", "idempotency-replay-same-method"})
    void chargesARetryOnce() {
        Receipt first = checkout.checkout(request("order-1", PaymentMethod.CARD, "100.00", Tier.STANDARD));

        Receipt retry = checkout.checkout(request("order-1", PaymentMethod.CARD, "100.00", Tier.STANDARD));

        assertThat(retry.replayed()).isTrue();
        assertThat(retry.fee()).isEqualByComparingTo(first.fee()).isEqualByComparingTo("2.90");
        assertThat(retry.net()).isEqualByComparingTo("97.10");
        assertThat(gateway.charges).hasSize(1);
    }

    @Test
    @DisplayName("should reject the same key with another payment method and not charge it")
    @Verifies("idempotency-key-bound-to-method")
    void rejectsAKeyReusedWithAnotherMethod() {
        checkout.checkout(request("order-1", PaymentMethod.CARD, "100.00", Tier.STANDARD));

        assertThatThrownBy(() -> checkout.checkout(request("order-1", PaymentMethod.WALLET, "100.00", Tier.STANDARD)))
                .isInstanceOf(IdempotencyConflictException.class);
        assertThat(gateway.charges).containsExactly("order-1 CARD 100.00");
    }

    @Test
    @DisplayName("should charge a retry whose first attempt failed at the gateway")
    @Verifies({"checkout-splits-amount", "idempotency-replay-same-method"})
    void chargesARetryAfterAGatewayFailure() {
        gateway.failuresLeft = 1;
        PaymentRequest request = request("order-1", PaymentMethod.BANK_TRANSFER, "40.00", Tier.STANDARD);
        assertThatThrownBy(() -> checkout.checkout(request)).hasMessage("gateway timeout");

        Receipt receipt = checkout.checkout(request);

        assertThat(receipt.replayed()).isFalse();
        assertThat(receipt.fee()).isEqualByComparingTo("1.16");
        assertThat(gateway.charges).containsExactly("order-1 BANK_TRANSFER 40.00");
    }
}
