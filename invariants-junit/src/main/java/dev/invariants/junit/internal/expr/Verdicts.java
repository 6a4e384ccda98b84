package dev.invariants.junit.internal.expr;

import dev.invariants.junit.internal.expr.emit.Slots;
import java.util.List;
import java.util.function.Consumer;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * How a judged invariant's outcome is written, the same in a member's exits and in the type
 * invariants' {@code ty}: the first violation of a call is kept in a local and thrown at the end,
 * every later one is only counted.
 */
final class Verdicts {

    private Verdicts() {}

    /**
     * Counts {@code invariant} violated and, unless a violation is already pending in the local
     * {@code violation}, keeps the one {@code factory} builds; jumps to {@code done} when one was pending.
     * {@code operands} pushes what {@code factory} takes between the index and the message's values.
     */
    static void violated(MethodVisitor method, int invariant, int violation, Label done, Consumer<MethodVisitor> operands,
            List<Code.Value> values, Convention.Call factory) {
        Code.push(method, invariant);
        Convention.VIOLATED.emit(method);
        method.visitVarInsn(Opcodes.ALOAD, violation);
        method.visitJumpInsn(Opcodes.IFNONNULL, done);
        Code.push(method, invariant);
        operands.accept(method);
        Code.values(method, values);
        factory.emit(method);
        method.visitVarInsn(Opcodes.ASTORE, violation);
    }

    /**
     * Judges the invariant's {@code post}: held is counted passed, false is {@link #violated}; either way its
     * boundary evidence follows. Jumps to {@code whenThrew} when the {@code post} threw (reported with
     * {@code values}).
     */
    static void post(MethodVisitor method, Evaluations evaluations, Prepared each, Slots slots, Label whenThrew,
            int violation, List<Code.Value> values, Consumer<MethodVisitor> operands, Convention.Call factory) {
        Label whenFalse = new Label();
        Label evidence = new Label();
        evaluations.test(method, each.post().expression(), slots, each.index(), "post", whenFalse, whenThrew, values);
        Code.push(method, each.index());
        Convention.PASSED.emit(method);
        method.visitJumpInsn(Opcodes.GOTO, evidence);
        method.visitLabel(whenFalse);
        violated(method, each.index(), violation, evidence, operands, values, factory);
        method.visitLabel(evidence);
        evaluations.evidence(method, each.index(), each.sides(), slots);
    }
}
