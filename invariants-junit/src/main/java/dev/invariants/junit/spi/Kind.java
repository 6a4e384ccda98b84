package dev.invariants.junit.spi;

import java.util.Locale;

/** Where an invariant is declared. */
public enum Kind {
    METHOD,
    CONSTRUCTOR,
    TYPE;

    /** The name used in reports: {@code method}, {@code constructor} or {@code type}. */
    public String reportName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
