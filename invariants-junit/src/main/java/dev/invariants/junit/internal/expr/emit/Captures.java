package dev.invariants.junit.internal.expr.emit;

import dev.invariants.junit.internal.expr.tree.Typed;
import dev.invariants.junit.internal.expr.tree.Variable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The variables a lambda captures: those its body reads but does not declare, in first-use order; and
 * likewise the free variables of any expression.
 */
public final class Captures {

    private final Set<Variable> used = new LinkedHashSet<>();
    private final Set<Variable> declared = new HashSet<>();

    private Captures() {}

    static List<Variable> of(Typed.Lambda lambda) {
        Captures captures = new Captures();
        captures.declared.addAll(lambda.parameters());
        captures.walk(lambda.body());
        return captures.free();
    }

    /** The variables {@code expression} reads but does not declare (as a pattern binding or a lambda parameter). */
    public static List<Variable> free(Typed expression) {
        Captures captures = new Captures();
        captures.walk(expression);
        return captures.free();
    }

    private List<Variable> free() {
        List<Variable> result = new ArrayList<>();
        for (Variable each : used) {
            if (!declared.contains(each)) {
                result.add(each);
            }
        }
        return result;
    }

    // Local ids are unique within one expression, so a binding or nested lambda parameter declared
    // anywhere in the body is never a variable of the enclosing scope.
    private void walk(Typed node) {
        if (node == null) {
            return;
        }
        if (node instanceof Typed.Var var) {
            used.add(var.variable());
        } else if (node instanceof Typed.GetField get) {
            walk(get.target());
        } else if (node instanceof Typed.Invoke invoke) {
            walk(invoke.target());
            invoke.arguments().forEach(this::walk);
        } else if (node instanceof Typed.NewInstance created) {
            created.arguments().forEach(this::walk);
        } else if (node instanceof Typed.NewArray array) {
            array.dimensions().forEach(this::walk);
            if (array.elements() != null) {
                array.elements().forEach(this::walk);
            }
        } else if (node instanceof Typed.ArrayGet get) {
            walk(get.array());
            walk(get.index());
        } else if (node instanceof Typed.ArrayLength length) {
            walk(length.array());
        } else if (node instanceof Typed.Unary unary) {
            walk(unary.operand());
        } else if (node instanceof Typed.Binary binary) {
            walk(binary.left());
            walk(binary.right());
        } else if (node instanceof Typed.Concat concat) {
            concat.parts().forEach(this::walk);
        } else if (node instanceof Typed.Conditional conditional) {
            walk(conditional.condition());
            walk(conditional.whenTrue());
            walk(conditional.whenFalse());
        } else if (node instanceof Typed.InstanceOf test) {
            walk(test.expression());
            if (test.binding() != null) {
                declared.add(test.binding());
            }
        } else if (node instanceof Typed.Convert convert) {
            walk(convert.expression());
        } else if (node instanceof Typed.Lambda lambda) {
            declared.addAll(lambda.parameters());
            walk(lambda.body());
        }
    }
}
