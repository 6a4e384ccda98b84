package dev.invariants.junit.internal.expr.differential;

/** An enum with a constant-specific body, so that a constant's class is not always the enum's. */
public enum Grade {
    BRONZE, SILVER, GOLD,
    PLATINUM {
        @Override
        public int weight() {
            return 100;
        }
    };

    public int weight() {
        return ordinal() * 10;
    }
}
