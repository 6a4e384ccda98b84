package dev.invariants.examples.planted;

import dev.invariants.Invariant;

/**
 * A settlement batch with a planted integer-overflow bug: the running total in cents is summed with
 * {@code +=}, so past {@link Long#MAX_VALUE} it silently wraps to a negative total. Correct twin:
 * {@link SettlementBatch}.
 */
public final class BuggySettlementBatch {

    private long totalCents;

    /**
     * @param openingCents the total carried over from the previous batch, not negative
     * @throws IllegalArgumentException if it is negative
     */
    public BuggySettlementBatch(long openingCents) {
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
     */
    @Invariant(id = "buggy-settlement-adds-exactly",
            pre = "cents >= 0 && totalCents <= Long.MAX_VALUE - cents",
            post = "totalCents == old(totalCents) + cents")
    @Invariant(id = "buggy-settlement-refuses-overflow",
            pre = "cents >= 0 && totalCents > Long.MAX_VALUE - cents",
            raises = ArithmeticException.class)
    public void add(long cents) {
        if (cents < 0) {
            throw new IllegalArgumentException("amount must not be negative, was " + cents);
        }
        totalCents += cents; // planted: no Math.addExact, wraps around
    }
}
