package dev.invariants.report;

import java.util.Locale;

/** The status of an invariant in the report. */
public enum Status {
    /** Evaluated with {@code pre} held at least once, never violated. */
    CHECKED,
    /** Violated at least once. */
    VIOLATED,
    /** Declared, never evaluated with {@code pre} held. */
    UNCHECKED,
    /** A definition error, or the expression threw. */
    BROKEN;

    /** The name used in {@code invariants.json}: {@code checked}, {@code violated}, ... */
    public String reportName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Status of(Counts counts, boolean hasProblems) {
        if (counts.violated() > 0) {
            return VIOLATED;
        }
        if (hasProblems || counts.broken() > 0) {
            return BROKEN;
        }
        return counts.passed() > 0 ? CHECKED : UNCHECKED;
    }
}
