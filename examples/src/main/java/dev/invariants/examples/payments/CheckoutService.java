package dev.invariants.examples.payments;

import dev.invariants.Invariant;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Takes payments: claims the idempotency key, charges the customer once, and splits the amount into
 * the processing fee and the merchant's net. A retried request gets the first receipt back.
 */
public final class CheckoutService {

    private final IdempotencyKeys keys;
    private final FeeCalculator fees;
    private final PaymentGateway gateway;
    private final Map<String, Receipt> receipts = new HashMap<>();

    /**
     * @param keys the idempotency keys seen so far
     * @param fees the fee schedule
     * @param gateway where customers are charged
     */
    public CheckoutService(IdempotencyKeys keys, FeeCalculator fees, PaymentGateway gateway) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.fees = Objects.requireNonNull(fees, "fees");
        this.gateway = Objects.requireNonNull(gateway, "gateway");
    }

    /**
     * Takes a payment, or returns the receipt of the earlier request with the same key.
     *
     * @param request the payment request
     * @return the receipt
     * @throws IdempotencyConflictException if the key was used with another payment method
     */
    @Invariant(id = "checkout-splits-amount",
            pre = "request != null && !receipts.containsKey(request.idempotencyKey())",
            post = "!result.replayed() && result.fee().add(result.net()).compareTo(request.amount()) == 0",
            description = "a new payment is split exactly into fee and net")
    @Invariant(id = "checkout-replays-first-receipt",
            pre = "request != null && receipts.containsKey(request.idempotencyKey())",
            post = "result.replayed()",
            description = "a retry of a charged request is answered from its receipt, not charged again")
    public Receipt checkout(PaymentRequest request) {
        boolean firstUse = keys.claim(request.idempotencyKey(), request.method());
        // A key whose first request failed at the gateway has no receipt: its retry is charged.
        if (!firstUse && receipts.containsKey(request.idempotencyKey())) {
            return receipts.get(request.idempotencyKey()).asReplay();
        }
        BigDecimal fee = fees.calculateFee(request.amount(), request.tier());
        gateway.charge(request.idempotencyKey(), request.method(), request.amount());
        Receipt receipt = new Receipt(request.idempotencyKey(), request.amount(), fee, request.amount().subtract(fee), false);
        receipts.put(request.idempotencyKey(), receipt);
        return receipt;
    }
}
