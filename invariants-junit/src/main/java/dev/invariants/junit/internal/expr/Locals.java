package dev.invariants.junit.internal.expr;

import dev.invariants.junit.internal.expr.emit.Slots;
import dev.invariants.junit.internal.expr.tree.Variable;

/**
 * The local variables of one generated method: where {@code this}, the parameters and {@code result}
 * arrive, and a counter handing out fresh slots past them. {@link #with} gives the view one invariant's
 * expressions see, with its own {@code old(...)} values.
 */
final class Locals {

    private final int self;
    private final int result;
    private final int[] parameters;
    private int next;

    /**
     * @param self       slot of {@code this}, or -1
     * @param result     slot of {@code result}, or -1
     * @param parameters slot of each parameter
     * @param next       the first free slot
     */
    Locals(int self, int result, int[] parameters, int next) {
        this.self = self;
        this.result = result;
        this.parameters = parameters;
        this.next = next;
    }

    int allocate(int size) {
        int slot = next;
        next += size;
        return slot;
    }

    int self() {
        return self;
    }

    int result() {
        return result;
    }

    int parameter(int index) {
        return parameters[index];
    }

    /** The slots of an expression whose {@code old(...)} values are in {@code olds}, by index. */
    Slots with(int[] olds) {
        return new Slots() {
            @Override
            public int slot(Variable variable) {
                int slot = switch (variable.kind()) {
                    case THIS -> self;
                    case PARAMETER -> variable.index() < parameters.length ? parameters[variable.index()] : -1;
                    case RESULT -> result;
                    case OLD -> variable.index() < olds.length ? olds[variable.index()] : -1;
                    case LOCAL -> -1;
                };
                if (slot < 0) {
                    throw new IllegalArgumentException("no slot for " + variable);
                }
                return slot;
            }

            @Override
            public int allocate(int size) {
                return Locals.this.allocate(size);
            }
        };
    }
}
