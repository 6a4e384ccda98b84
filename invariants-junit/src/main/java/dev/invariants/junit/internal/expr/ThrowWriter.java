package dev.invariants.junit.internal.expr;

import dev.invariants.junit.internal.expr.attr.Attributed;
import java.util.List;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Writes {@code t<k>(J, self?, Throwable, args...)V}, a member's exceptional exit: drops the kept
 * {@code old(...)} values, judges the throwable against each invariant's {@code raises} (unless it is our
 * own violation or definition error passing through), then the type invariants; throws the first violation.
 */
final class ThrowWriter {

    private final MemberWriter member;

    ThrowWriter(MemberWriter member) {
        this.member = member;
    }

    void write() {
        boolean hasSelf = member.hasSelf;
        MethodVisitor method = member.begin("t", "J", "Ljava/lang/Throwable;", "V");
        int self = hasSelf ? 2 : -1;
        int thrown = 2 + (hasSelf ? 1 : 0);
        Locals locals = member.locals(self, -1, thrown + 1);
        Code.returnIfZero(method, 0);
        int state = locals.allocate(1);
        int violation = locals.allocate(1);
        int ours = locals.allocate(1);
        Convention.SUSPEND_EXIT.emit(method);
        method.visitVarInsn(Opcodes.ASTORE, state);
        method.visitInsn(Opcodes.ACONST_NULL);
        method.visitVarInsn(Opcodes.ASTORE, violation);
        method.visitVarInsn(Opcodes.ALOAD, thrown);
        Convention.OURS.emit(method);
        method.visitVarInsn(Opcodes.ISTORE, ours);
        Label start = new Label();
        method.visitLabel(start);
        method.visitInsn(Opcodes.NOP);
        for (Prepared each : member.invariants) {
            drop(method, each, state);
        }
        Label notJudged = new Label();
        method.visitVarInsn(Opcodes.ILOAD, ours);
        method.visitJumpInsn(Opcodes.IFNE, notJudged);
        for (Prepared each : member.invariants) {
            judge(method, each, locals, thrown, violation);
        }
        method.visitLabel(notJudged);
        Label end = new Label();
        method.visitLabel(end);
        method.visitVarInsn(Opcodes.ALOAD, state);
        Convention.RESUME.emit(method);
        if (member.plan.typeTracked()) {
            typeInvariants(method, state, self, thrown, violation, ours);
        }
        MemberWriter.throwPending(method, violation);
        MemberWriter.resumeAndRethrow(method, start, end, state);
    }

    private void typeInvariants(MethodVisitor method, int state, int self, int thrown, int violation, int ours) {
        Label skip = new Label();
        Code.unlessBit(method, 0, Convention.TYPE_BIT, skip);
        Label abandon = new Label();
        if (!member.plan.isConstructor()) {
            // A violation or definition error passing through is not judged again.
            method.visitVarInsn(Opcodes.ILOAD, ours);
            method.visitJumpInsn(Opcodes.IFNE, abandon);
            method.visitVarInsn(Opcodes.ALOAD, state);
            method.visitVarInsn(Opcodes.ALOAD, self);
            method.visitVarInsn(Opcodes.ALOAD, violation);
            method.visitLdcInsn(member.after());
            method.visitVarInsn(Opcodes.ALOAD, thrown);
            Convention.TYPE_EXIT.emit(method);
            method.visitVarInsn(Opcodes.ASTORE, violation);
            method.visitJumpInsn(Opcodes.GOTO, skip);
        }
        method.visitLabel(abandon);
        method.visitVarInsn(Opcodes.ALOAD, state);
        method.visitVarInsn(Opcodes.ALOAD, self);
        Convention.TYPE_ABANDON.emit(method);
        method.visitLabel(skip);
    }

    /** Forgets the invariant's kept values, if its entry kept them: a call that threw has no {@code post} to judge. */
    private static void drop(MethodVisitor method, Prepared each, int state) {
        List<Attributed.Old> olds = each.olds();
        if (olds.isEmpty()) {
            return;
        }
        int primitives = 0;
        for (Attributed.Old old : olds) {
            int sort = old.value().type().getSort();
            primitives += sort == Type.OBJECT || sort == Type.ARRAY ? 0 : 1;
        }
        Label skip = new Label();
        Code.unlessBit(method, 0, each.bit(), skip);
        method.visitVarInsn(Opcodes.ALOAD, state);
        Code.push(method, primitives);
        Code.push(method, olds.size() - primitives);
        Convention.DROP.emit(method);
        method.visitLabel(skip);
    }

    private void judge(MethodVisitor method, Prepared each, Locals locals, int thrown, int violation) {
        Label next = new Label();
        Code.unlessBit(method, 0, each.bit(), next);
        if (each.raises().isEmpty()) {
            Code.push(method, each.index());
            Convention.THREW_THROUGH.emit(method);
        } else {
            Label matched = new Label();
            for (Prepared.Raised raised : each.raises()) {
                method.visitVarInsn(Opcodes.ALOAD, thrown);
                if (raised.nameable()) {
                    method.visitTypeInsn(Opcodes.INSTANCEOF, raised.internalName());
                } else {
                    method.visitLdcInsn(raised.internalName().replace('/', '.'));
                    Convention.IS_INSTANCE.emit(method);
                }
                method.visitJumpInsn(Opcodes.IFNE, matched);
            }
            Verdicts.violated(method, each.index(), violation, next, m -> m.visitVarInsn(Opcodes.ALOAD, thrown),
                    member.values(each, locals, false, null, false), Convention.RAISED_OTHER);
            method.visitJumpInsn(Opcodes.GOTO, next);
            method.visitLabel(matched);
            Code.push(method, each.index());
            Convention.PASSED.emit(method);
        }
        method.visitLabel(next);
    }
}
