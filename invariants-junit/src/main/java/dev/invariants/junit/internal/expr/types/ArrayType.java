package dev.invariants.junit.internal.expr.types;

/** An array type. */
public record ArrayType(JavaType component) implements JavaType {

    @Override
    public String toString() {
        return Types.display(this);
    }
}
