package dev.invariants.junit.internal.expr.tree;

import net.bytebuddy.jar.asm.Type;

/**
 * A variable an expression reads. The harness that emits the checks knows where {@code THIS},
 * {@code PARAMETER} (by position), {@code RESULT} and {@code OLD} (by index among the expression's
 * {@code old(...)} values) live; {@code LOCAL} variables (lambda parameters, pattern bindings) get
 * their slots from the emitter, told apart by {@code index}, unique within one attributed expression.
 *
 * @param kind  what the variable is
 * @param index parameter position, old-value index, or local id; 0 for {@code THIS} and {@code RESULT}
 * @param name  the name as the expression writes it ({@code old(balance)} for an old value)
 * @param type  erased JVM type
 */
public record Variable(Kind kind, int index, String name, Type type) {

    /** What a variable is. */
    public enum Kind { THIS, PARAMETER, RESULT, OLD, LOCAL }
}
