package dev.invariants.examples.planted;

import dev.invariants.Invariant;

/** The correct twin of {@link BuggySettlementBatch}: overflow is refused with {@link Math#addExact}. */
public final class SettlementBatch {

    private long totalCents;

    /**
     * @param openingCents the total carried over from the previous batch, not negative
     * @throws IllegalArgumentException if it is negative
     */
    public SettlementBatch(long openingCents) {
        if (openingCents < 0) {
            throw new IllegalArgumentException("opening total must not be negative, was " + openingCents);
        }
        this.totalCents = openingCents;
    }

    /** @return the batch total in cents */
    public long totalCents() {
        return totalCents;
    }

    /**
     * Adds a settled payment.
     *
     * @param cents its amount in cents, not negative
     * @throws IllegalArgumentException if it is negative
     * @throws ArithmeticException if the total would exceed {@link Long#MAX_VALUE}
     */
    @Invariant(id = "twin-settlement-adds-exactly",
            pre = "cents >= 0 && totalCents <= Long.MAX_VALUE - cents",
            post = "totalCents == old(totalCents) + cents")
    @Invariant(id = "twin-settlement-refuses-overflow",
            pre = "cents >= 0 && totalCents > Long.MAX_VALUE - cents",
            raises = ArithmeticException.class)
    public void add(long cents) {
        if (cents < 0) {
            throw new IllegalArgumentException("amount must not be negative, was " + cents);
        }
        totalCents = Math.addExact(totalCents, cents);
    }
}
