package dev.invariants.junit.internal.expr.differential;

/** An order line: the record the differential corpus reads through accessors and streams. */
public record Line(String sku, long cents, int qty) {

    public long total() {
        return cents * qty;
    }

    public static Line of(String sku, long cents) {
        return new Line(sku, cents, 1);
    }
}
