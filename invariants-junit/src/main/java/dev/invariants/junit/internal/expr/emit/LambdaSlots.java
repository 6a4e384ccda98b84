package dev.invariants.junit.internal.expr.emit;

import dev.invariants.junit.internal.expr.tree.Variable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The slots of a lambda body's method: the captured variables, then the lambda's parameters, then what the body allocates. */
final class LambdaSlots implements Slots {

    private final Map<Variable, Integer> slots = new HashMap<>();
    private int next;

    LambdaSlots(List<Variable> captures, List<Variable> parameters) {
        for (Variable each : captures) {
            slots.put(each, next);
            next += each.type().getSize();
        }
        for (Variable each : parameters) {
            slots.put(each, next);
            next += each.type().getSize();
        }
    }

    boolean has(Variable variable) {
        return slots.containsKey(variable);
    }

    @Override
    public int slot(Variable variable) {
        Integer slot = slots.get(variable);
        if (slot == null) {
            throw new IllegalStateException(variable + " is neither captured by the lambda nor one of its parameters");
        }
        return slot;
    }

    @Override
    public int allocate(int size) {
        int slot = next;
        next += size;
        return slot;
    }
}
