package dev.invariants.junit.internal.expr.types;

/** A field seen as a member of a type: {@code Box<Line>.value} has type {@code Line}. */
public record FieldMember(FieldSymbol symbol, JavaType type) {}
