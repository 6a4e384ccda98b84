package dev.invariants.junit.internal.expr;

import dev.invariants.junit.internal.expr.attr.Attributed;
import dev.invariants.junit.internal.expr.emit.Slots;
import java.util.List;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Writes {@code e<k>(self?, args...)J}, a member's entry: the definition errors of broken invariants,
 * each {@code pre}, then the {@code old(...)} values of those whose {@code pre} held; returns the per-call
 * state (see {@link MemberWriter}).
 */
final class EntryWriter {

    private final MemberWriter member;

    EntryWriter(MemberWriter member) {
        this.member = member;
    }

    void write() {
        MethodVisitor method = member.begin("e", "", "", "J");
        Locals locals = member.locals(member.hasSelf ? 0 : -1, -1, member.hasSelf ? 1 : 0);
        Slots slots = locals.with(new int[0]);
        int state = locals.allocate(1);
        int mask = locals.allocate(2);
        Label go = new Label();
        Convention.SUSPEND.emit(method);
        method.visitInsn(Opcodes.DUP);
        method.visitVarInsn(Opcodes.ASTORE, state);
        method.visitJumpInsn(Opcodes.IFNONNULL, go);
        method.visitInsn(Opcodes.LCONST_0);
        method.visitInsn(Opcodes.LRETURN);
        method.visitLabel(go);
        method.visitInsn(Opcodes.LCONST_0);
        method.visitVarInsn(Opcodes.LSTORE, mask);
        Label start = new Label();
        method.visitLabel(start);
        method.visitInsn(Opcodes.NOP);
        for (int index : member.member.broken()) {
            Code.push(method, index);
            Convention.DEFINITION_ERROR.emit(method);
        }
        for (Prepared each : member.invariants) {
            pre(method, each, locals, slots, mask);
        }
        member.partitions(method, locals, mask);
        for (Prepared each : member.invariants) {
            if (!each.olds().isEmpty()) {
                keepOlds(method, each, locals, slots, state, mask);
            }
        }
        Label end = new Label();
        method.visitLabel(end);
        method.visitVarInsn(Opcodes.ALOAD, state);
        Convention.RESUME.emit(method);
        if (member.plan.typeTracked()) {
            Label untracked = new Label();
            method.visitVarInsn(Opcodes.ALOAD, state);
            method.visitVarInsn(Opcodes.ALOAD, locals.self());
            Convention.TRACK.emit(method);
            method.visitJumpInsn(Opcodes.IFEQ, untracked);
            Code.setBit(method, mask, Convention.TYPE_BIT);
            method.visitLabel(untracked);
        }
        method.visitVarInsn(Opcodes.LLOAD, mask);
        method.visitInsn(Opcodes.LRETURN);
        MemberWriter.resumeAndRethrow(method, start, end, state);
    }

    private void pre(MethodVisitor method, Prepared each, Locals locals, Slots slots, int mask) {
        if (each.pre() == null) {
            Code.setBit(method, mask, each.bit());
            return;
        }
        Label whenFalse = new Label();
        Label next = new Label();
        member.evaluations.test(method, each.pre().expression(), slots, each.index(), "pre", whenFalse, next,
                member.values(each, locals, false, null, false));
        Code.setBit(method, mask, each.bit());
        method.visitJumpInsn(Opcodes.GOTO, next);
        method.visitLabel(whenFalse);
        Label guard = new Label();
        Convention.ENFORCE.emit(method);
        method.visitJumpInsn(Opcodes.IFEQ, guard);
        Code.push(method, each.index());
        Code.values(method, member.values(each, locals, false, null, false));
        Convention.PRE_VIOLATED.emit(method);
        method.visitInsn(Opcodes.ATHROW);
        method.visitLabel(guard);
        Code.push(method, each.index());
        Convention.PRE_FAILED.emit(method);
        method.visitLabel(next);
    }

    /**
     * Evaluates the invariant's {@code old(...)} values into locals and keeps them only when all of them
     * could be evaluated; one that throws clears the invariant's bit (its {@code post} is not judged).
     */
    private void keepOlds(MethodVisitor method, Prepared each, Locals locals, Slots slots, int state, int mask) {
        List<Attributed.Old> olds = each.olds();
        Label skip = new Label();
        Code.unlessBit(method, mask, each.bit(), skip);
        int[] kept = new int[olds.size()];
        Label start = new Label();
        Label end = new Label();
        Label handler = new Label();
        method.visitTryCatchBlock(start, end, handler, "java/lang/Throwable");
        method.visitLabel(start);
        method.visitInsn(Opcodes.NOP);
        for (int i = 0; i < olds.size(); i++) {
            Type type = olds.get(i).value().type();
            kept[i] = locals.allocate(type.getSize());
            member.evaluations.emitter().value(method, olds.get(i).value(), slots);
            Code.store(method, type, kept[i]);
        }
        method.visitLabel(end);
        Label push = new Label();
        method.visitJumpInsn(Opcodes.GOTO, push);
        method.visitLabel(handler);
        Evaluations.threw(method, each.index(), "post", member.values(each, locals, false, null, false));
        Code.clearBit(method, mask, each.bit());
        method.visitJumpInsn(Opcodes.GOTO, skip);
        method.visitLabel(push);
        for (int i = 0; i < olds.size(); i++) {
            Type type = olds.get(i).value().type();
            method.visitVarInsn(Opcodes.ALOAD, state);
            Code.load(method, type, kept[i]);
            switch (type.getSort()) {
                case Type.LONG -> Convention.PUSH_LONG.emit(method);
                case Type.FLOAT -> Convention.PUSH_FLOAT.emit(method);
                case Type.DOUBLE -> Convention.PUSH_DOUBLE.emit(method);
                case Type.OBJECT, Type.ARRAY -> Convention.PUSH_OBJECT.emit(method);
                default -> {
                    method.visitInsn(Opcodes.I2L);
                    Convention.PUSH_LONG.emit(method);
                }
            }
        }
        Code.setBit(method, mask, Convention.OLD_BIT);
        method.visitLabel(skip);
    }
}
