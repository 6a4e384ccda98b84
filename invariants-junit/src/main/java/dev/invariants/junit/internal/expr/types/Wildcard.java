package dev.invariants.junit.internal.expr.types;

/** A type argument {@code ?}, {@code ? extends bound} or {@code ? super bound} ({@code bound} {@code null} for {@code ?}). */
public record Wildcard(JavaType bound, boolean isSuper) implements JavaType {

    public static final Wildcard UNBOUNDED = new Wildcard(null, false);

    public boolean isUnbounded() {
        return bound == null;
    }

    /** The upper bound, {@code null} when only the declared type parameter bounds it. */
    public JavaType upper() {
        return isSuper ? null : bound;
    }

    /** The lower bound, or {@code null}. */
    public JavaType lower() {
        return isSuper ? bound : null;
    }

    @Override
    public String toString() {
        return Types.display(this);
    }
}
