package dev.invariants.junit.internal.expr.emit;

import dev.invariants.junit.internal.expr.tree.Typed;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;

/**
 * Writes typed expressions as bytecode into the methods of one generated class. Lambdas become
 * private static synthetic methods of that class, written by {@link #finish}.
 */
public final class ExpressionEmitter {

    /**
     * @param owner        the class being written (it receives the lambda bodies)
     * @param internalName the generated class's internal name
     */
    public ExpressionEmitter(ClassVisitor owner, String internalName) {
        throw new UnsupportedOperationException("skeleton");
    }

    /** Leaves the value of {@code expression} on the stack. */
    public void value(MethodVisitor method, Typed expression, Slots slots) {
        throw new UnsupportedOperationException("skeleton");
    }

    /** Jumps to {@code target} when the {@code boolean} {@code expression} equals {@code jumpWhen}; falls through otherwise. */
    public void branch(MethodVisitor method, Typed expression, boolean jumpWhen, Label target, Slots slots) {
        throw new UnsupportedOperationException("skeleton");
    }

    /** Writes the synthetic methods the emitted lambdas need; call once, after the last expression. */
    public void finish() {
        throw new UnsupportedOperationException("skeleton");
    }
}
