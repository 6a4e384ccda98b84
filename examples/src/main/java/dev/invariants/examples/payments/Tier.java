package dev.invariants.examples.payments;

/** The pricing tier of a merchant. */
public enum Tier {
    /** Pays the standard rate, uncapped. */
    STANDARD,
    /** Pays the premium rate; the fee is capped by regulation. */
    PREMIUM
}
