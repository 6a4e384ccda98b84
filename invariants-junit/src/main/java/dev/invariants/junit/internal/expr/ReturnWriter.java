package dev.invariants.junit.internal.expr;

import dev.invariants.junit.internal.expr.attr.Attributed;
import dev.invariants.junit.internal.expr.emit.Slots;
import java.util.List;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Writes {@code x<k>(J, self?, result?, args...)V}, a member's normal exit: takes back the kept
 * {@code old(...)} values, judges each {@code post} (or, for an invariant with only {@code raises}, the
 * return itself), then the type invariants when this was the outermost call; throws the first violation.
 */
final class ReturnWriter {

    private final MemberWriter member;

    ReturnWriter(MemberWriter member) {
        this.member = member;
    }

    void write() {
        boolean hasSelf = member.hasSelf;
        boolean hasResult = member.hasResult;
        List<Prepared> invariants = member.invariants;
        MethodVisitor method = member.begin("x", "J", hasResult ? member.plan.returnType().getDescriptor() : "", "V");
        int self = hasSelf ? 2 : -1;
        int result = hasResult ? 2 + (hasSelf ? 1 : 0) : -1;
        Locals locals = member.locals(self, result,
                2 + (hasSelf ? 1 : 0) + (hasResult ? member.plan.returnType().getSize() : 0));
        Code.returnIfZero(method, 0);
        int state = locals.allocate(1);
        int violation = locals.allocate(1);
        Convention.SUSPEND_EXIT.emit(method);
        method.visitVarInsn(Opcodes.ASTORE, state);
        method.visitInsn(Opcodes.ACONST_NULL);
        method.visitVarInsn(Opcodes.ASTORE, violation);
        int[][] olds = new int[invariants.size()][];
        for (int i = 0; i < invariants.size(); i++) {
            olds[i] = oldLocals(method, invariants.get(i), locals);
        }
        Label start = new Label();
        method.visitLabel(start);
        method.visitInsn(Opcodes.NOP);
        for (int i = invariants.size() - 1; i >= 0; i--) {
            takeBack(method, invariants.get(i), olds[i], state);
        }
        for (int i = 0; i < invariants.size(); i++) {
            judge(method, invariants.get(i), locals, olds[i], violation);
        }
        Label end = new Label();
        method.visitLabel(end);
        method.visitVarInsn(Opcodes.ALOAD, state);
        Convention.RESUME.emit(method);
        if (member.plan.typeTracked()) {
            typeInvariants(method, state, self, violation);
        }
        MemberWriter.throwPending(method, violation);
        MemberWriter.resumeAndRethrow(method, start, end, state);
    }

    private void typeInvariants(MethodVisitor method, int state, int self, int violation) {
        Label skip = new Label();
        Code.unlessBit(method, 0, Convention.TYPE_BIT, skip);
        method.visitVarInsn(Opcodes.ALOAD, state);
        method.visitVarInsn(Opcodes.ALOAD, self);
        if (member.plan.isConstructor()) {
            method.visitLdcInsn(Type.getObjectType(member.woven));
            // "delegating" tells the runtime not to judge here: another constructor does, or none must
            boolean notHere = member.plan.delegating() || member.plan.filledByFramework();
            method.visitInsn(notHere ? Opcodes.ICONST_1 : Opcodes.ICONST_0);
            method.visitVarInsn(Opcodes.ALOAD, violation);
            method.visitLdcInsn(member.after());
            Convention.TYPE_CONSTRUCTED.emit(method);
        } else {
            method.visitVarInsn(Opcodes.ALOAD, violation);
            method.visitLdcInsn(member.after());
            method.visitInsn(Opcodes.ACONST_NULL);
            Convention.TYPE_EXIT.emit(method);
        }
        method.visitVarInsn(Opcodes.ASTORE, violation);
        method.visitLabel(skip);
    }

    /** Locals for the invariant's {@code old(...)} values, set to defaults: every path then sees them assigned. */
    private static int[] oldLocals(MethodVisitor method, Prepared each, Locals locals) {
        List<Attributed.Old> olds = each.olds();
        int[] slots = new int[olds.size()];
        for (int i = 0; i < olds.size(); i++) {
            Type type = olds.get(i).value().type();
            slots[i] = locals.allocate(type.getSize());
            Code.zero(method, type);
            Code.store(method, type, slots[i]);
        }
        return slots;
    }

    /** Pops the invariant's kept values, newest first, if its entry kept them. */
    private static void takeBack(MethodVisitor method, Prepared each, int[] slots, int state) {
        List<Attributed.Old> olds = each.olds();
        if (olds.isEmpty()) {
            return;
        }
        Label skip = new Label();
        Code.unlessBit(method, 0, each.bit(), skip);
        for (int i = olds.size() - 1; i >= 0; i--) {
            Type type = olds.get(i).value().type();
            method.visitVarInsn(Opcodes.ALOAD, state);
            switch (type.getSort()) {
                case Type.LONG -> Convention.POP_LONG.emit(method);
                case Type.FLOAT -> Convention.POP_FLOAT.emit(method);
                case Type.DOUBLE -> Convention.POP_DOUBLE.emit(method);
                case Type.OBJECT, Type.ARRAY -> {
                    Convention.POP_OBJECT.emit(method);
                    if (!type.getInternalName().equals("java/lang/Object")) {
                        method.visitTypeInsn(Opcodes.CHECKCAST, type.getInternalName());
                    }
                }
                default -> {
                    Convention.POP_LONG.emit(method);
                    method.visitInsn(Opcodes.L2I);
                }
            }
            Code.store(method, type, slots[i]);
        }
        method.visitLabel(skip);
    }

    private void judge(MethodVisitor method, Prepared each, Locals locals, int[] olds, int violation) {
        Slots slots = locals.with(olds);
        Label next = new Label();
        Code.unlessBit(method, 0, each.bit(), next);
        if (each.post() != null) {
            Verdicts.post(method, member.evaluations, each, slots, next, violation,
                    member.values(each, locals, true, olds, true), m -> {}, Convention.POST_VIOLATED);
        } else {
            // Only `raises`: returning normally is the violation.
            Verdicts.violated(method, each.index(), violation, next, m -> {},
                    member.values(each, locals, true, null, false), Convention.RETURNED_NORMALLY);
        }
        method.visitLabel(next);
    }
}
