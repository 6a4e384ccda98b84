package dev.invariants.examples.payments;

/** Thrown when an idempotency key already used with one payment method comes back with another. */
public final class IdempotencyConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param key the reused key
     * @param boundTo the method it was first used with
     * @param requested the method it came back with
     */
    public IdempotencyConflictException(String key, PaymentMethod boundTo, PaymentMethod requested) {
        super("idempotency key " + key + " was used with " + boundTo + ", cannot reuse it with " + requested);
    }
}
