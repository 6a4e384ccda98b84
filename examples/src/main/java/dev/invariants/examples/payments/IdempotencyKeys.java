package dev.invariants.examples.payments;

import dev.invariants.Invariant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Idempotency keys of payment requests. A retried request (same key, same method) is a replay and
 * must not charge twice; the same key with another payment method is a client bug and is rejected.
 */
public final class IdempotencyKeys {

    private final Map<String, PaymentMethod> methodByKey = new HashMap<>();

    /**
     * Claims a key for a payment method.
     *
     * @param key the client's idempotency key, not blank
     * @param method the payment method of the request
     * @return {@code true} the first time the key is seen, {@code false} for a replay
     * @throws IdempotencyConflictException if the key was first used with another method
     * @throws IllegalArgumentException if the key is blank
     */
    @Invariant(id = "idempotency-first-use-binds",
            pre = "key != null && !key.isBlank() && method != null && !methodByKey.containsKey(key)",
            post = "result && methodByKey.get(key) == method")
    @Invariant(id = "idempotency-replay-same-method",
            pre = "key != null && method != null && methodByKey.get(key) == method",
            post = "!result")
    @Invariant(id = "idempotency-key-bound-to-method",
            pre = "key != null && method != null && methodByKey.containsKey(key) && methodByKey.get(key) != method",
            raises = IdempotencyConflictException.class,
            description = "cross-field: a key reused across two payment methods")
    @Invariant(id = "idempotency-rejects-blank-key",
            pre = "key != null && key.isBlank()",
            raises = IllegalArgumentException.class)
    public boolean claim(String key, PaymentMethod method) {
        if (key.isBlank()) {
            throw new IllegalArgumentException("idempotency key must not be blank");
        }
        Objects.requireNonNull(method, "method");
        PaymentMethod boundTo = methodByKey.putIfAbsent(key, method);
        if (boundTo == null) {
            return true;
        }
        if (boundTo != method) {
            throw new IdempotencyConflictException(key, boundTo, method);
        }
        return false;
    }
}
