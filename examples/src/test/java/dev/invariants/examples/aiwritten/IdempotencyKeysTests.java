package dev.invariants.examples.aiwritten;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.invariants.examples.payments.IdempotencyConflictException;
import dev.invariants.examples.payments.IdempotencyKeys;
import dev.invariants.examples.payments.PaymentMethod;
import org.junit.jupiter.api.Test;

class IdempotencyKeysTests {

    private final IdempotencyKeys keys = new IdempotencyKeys();

    @Test
    void testClaimNewKey() {
        assertTrue(keys.claim("key-123", PaymentMethod.CARD));
    }

    @Test
    void testClaimSameKeyTwice() {
        keys.claim("key-123", PaymentMethod.CARD);

        assertFalse(keys.claim("key-123", PaymentMethod.CARD));
    }

    @Test
    void testClaimWithNullMethodThrowsException() {
        assertThrows(NullPointerException.class, () -> keys.claim("key-123", null));
    }

    @Test
    void testIdempotencyConflictExceptionCreation() {
        new IdempotencyConflictException("key-123", PaymentMethod.CARD, PaymentMethod.WALLET);
    }
}
