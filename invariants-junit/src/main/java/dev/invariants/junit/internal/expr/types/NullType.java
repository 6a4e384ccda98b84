package dev.invariants.junit.internal.expr.types;

/** The type of {@code null}. */
public enum NullType implements JavaType {
    INSTANCE;

    @Override
    public String toString() {
        return "<null>";
    }
}
