package dev.invariants.examples.strong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.invariants.examples.payments.IdempotencyConflictException;
import dev.invariants.examples.payments.IdempotencyKeys;
import dev.invariants.examples.payments.PaymentMethod;
import dev.invariants.junit.Verifies;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("IdempotencyKeys")
class IdempotencyKeysTests {

    private final IdempotencyKeys keys = new IdempotencyKeys();

    @Test
    @DisplayName("should treat distinct keys as distinct first uses")
    @Verifies("idempotency-first-use-binds")
    void firstUseOfEachKey() {
        assertThat(keys.claim("order-1", PaymentMethod.CARD)).isTrue();
        assertThat(keys.claim("order-2", PaymentMethod.WALLET)).isTrue();
    }

    @Test
    @DisplayName("should report a retry with the same method as a replay")
    @Verifies({"idempotency-first-use-binds", "idempotency-replay-same-method"})
    void replaysTheSameMethod() {
        keys.claim("order-1", PaymentMethod.CARD);

        assertThat(keys.claim("order-1", PaymentMethod.CARD)).isFalse();
        assertThat(keys.claim("order-1", PaymentMethod.CARD)).isFalse();
    }

    @Test
    @DisplayName("should reject a key reused with another payment method and keep the first binding")
    @Verifies({"idempotency-key-bound-to-method", "idempotency-replay-same-method"})
    void rejectsReuseAcrossMethods() {
        keys.claim("order-1", PaymentMethod.CARD);

        assertThatThrownBy(() -> keys.claim("order-1", PaymentMethod.WALLET))
                .isInstanceOf(IdempotencyConflictException.class)
                .hasMessage("idempotency key order-1 was used with CARD, cannot reuse it with WALLET");
        assertThat(keys.claim("order-1", PaymentMethod.CARD)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    @DisplayName("should reject a blank key")
    @Verifies("idempotency-rejects-blank-key")
    void rejectsBlankKeys(String key) {
        assertThatThrownBy(() -> keys.claim(key, PaymentMethod.CARD))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("idempotency key must not be blank");
    }
}
