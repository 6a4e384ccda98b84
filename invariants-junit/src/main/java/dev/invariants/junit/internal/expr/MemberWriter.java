package dev.invariants.junit.internal.expr;

import dev.invariants.junit.internal.expr.attr.Attributed;
import dev.invariants.junit.internal.expr.emit.Slots;
import dev.invariants.junit.internal.weave.MemberPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Writes the three methods of one woven member, with exactly the types of its call sites
 * ({@code weave.MemberWeaver}): {@code e<k>(self?, args...)J} evaluates the {@code pre}s and keeps the
 * {@code old(...)} values, returning the per-call state (a bit per invariant whose {@code pre} held,
 * {@link Convention#OLD_BIT}, {@link Convention#TYPE_BIT}); {@code x<k>(J, self?, result?, args...)V}
 * judges a normal return, {@code t<k>(J, self?, Throwable, args...)V} an exceptional one. Both exits take
 * back exactly the values the entry kept, newest first.
 */
final class MemberWriter {

    private final ClassVisitor owner;
    private final String woven;
    private final Evaluations evaluations;
    private final Prepared.Member member;
    private final MemberPlan plan;
    private final List<Prepared> invariants;
    private final Type[] arguments;
    private final boolean hasSelf;
    private final boolean hasResult;

    /** {@code excluded}: invariants left out entirely (neither checked nor reported), to find one that breaks the class. */
    MemberWriter(ClassVisitor owner, String woven, Evaluations evaluations, Prepared.Member member, Set<Integer> excluded) {
        this.owner = owner;
        this.woven = woven;
        this.evaluations = evaluations;
        this.member = member;
        this.plan = member.plan();
        this.invariants = member.invariants().stream().filter(p -> !excluded.contains(p.index())).toList();
        this.arguments = plan.argumentTypes();
        this.hasSelf = !plan.isStatic();
        this.hasResult = !plan.isConstructor() && plan.returnType().getSort() != Type.VOID;
    }

    void write() {
        entry();
        normalExit();
        exceptionalExit();
    }

    // ---------------------------------------------------------------- e<k>

    private void entry() {
        StringBuilder descriptor = new StringBuilder("(");
        if (hasSelf) {
            descriptor.append(Code.descriptor(woven));
        }
        appendArguments(descriptor);
        MethodVisitor method = begin("e", descriptor.append(")J"));
        Locals locals = locals(hasSelf ? 0 : -1, -1, hasSelf ? 1 : 0);
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
        for (int index : member.broken()) {
            Code.push(method, index);
            Convention.DEFINITION_ERROR.emit(method);
        }
        for (Prepared each : invariants) {
            pre(method, each, locals, slots, mask);
        }
        for (Prepared each : invariants) {
            if (!each.olds().isEmpty()) {
                keepOlds(method, each, locals, slots, state, mask);
            }
        }
        Label end = new Label();
        method.visitLabel(end);
        method.visitVarInsn(Opcodes.ALOAD, state);
        Convention.RESUME.emit(method);
        if (plan.typeTracked()) {
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
        resumeAndRethrow(method, start, end, state);
    }

    private void pre(MethodVisitor method, Prepared each, Locals locals, Slots slots, int mask) {
        if (each.pre() == null) {
            Code.setBit(method, mask, each.bit());
            return;
        }
        Label whenFalse = new Label();
        Label next = new Label();
        evaluations.test(method, each.pre().expression(), slots, each.index(), "pre", whenFalse, next,
                values(each, locals, false, null, false));
        Code.setBit(method, mask, each.bit());
        method.visitJumpInsn(Opcodes.GOTO, next);
        method.visitLabel(whenFalse);
        Label guard = new Label();
        Convention.ENFORCE.emit(method);
        method.visitJumpInsn(Opcodes.IFEQ, guard);
        Code.push(method, each.index());
        Code.values(method, values(each, locals, false, null, false));
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
            evaluations.emitter().value(method, olds.get(i).value(), slots);
            Code.store(method, type, kept[i]);
        }
        method.visitLabel(end);
        Label push = new Label();
        method.visitJumpInsn(Opcodes.GOTO, push);
        method.visitLabel(handler);
        Evaluations.threw(method, each.index(), "post", values(each, locals, false, null, false));
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

    // ---------------------------------------------------------------- x<k>

    private void normalExit() {
        StringBuilder descriptor = new StringBuilder("(J");
        if (hasSelf) {
            descriptor.append(Code.descriptor(woven));
        }
        if (hasResult) {
            descriptor.append(plan.returnType().getDescriptor());
        }
        appendArguments(descriptor);
        MethodVisitor method = begin("x", descriptor.append(")V"));
        int self = hasSelf ? 2 : -1;
        int result = hasResult ? 2 + (hasSelf ? 1 : 0) : -1;
        Locals locals = locals(self, result, 2 + (hasSelf ? 1 : 0) + (hasResult ? plan.returnType().getSize() : 0));
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
            judgeReturn(method, invariants.get(i), locals, olds[i], violation);
        }
        Label end = new Label();
        method.visitLabel(end);
        method.visitVarInsn(Opcodes.ALOAD, state);
        Convention.RESUME.emit(method);
        if (plan.typeTracked()) {
            Label skip = new Label();
            Code.unlessBit(method, 0, Convention.TYPE_BIT, skip);
            method.visitVarInsn(Opcodes.ALOAD, state);
            method.visitVarInsn(Opcodes.ALOAD, self);
            if (plan.isConstructor()) {
                method.visitLdcInsn(Type.getObjectType(woven));
                method.visitInsn(plan.delegating() ? Opcodes.ICONST_1 : Opcodes.ICONST_0);
                method.visitVarInsn(Opcodes.ALOAD, violation);
                method.visitLdcInsn(after());
                Convention.TYPE_CONSTRUCTED.emit(method);
            } else {
                method.visitVarInsn(Opcodes.ALOAD, violation);
                method.visitLdcInsn(after());
                method.visitInsn(Opcodes.ACONST_NULL);
                Convention.TYPE_EXIT.emit(method);
            }
            method.visitVarInsn(Opcodes.ASTORE, violation);
            method.visitLabel(skip);
        }
        throwPending(method, violation);
        resumeAndRethrow(method, start, end, state);
    }

    /** Locals for the invariant's {@code old(...)} values, set to defaults: every path then sees them assigned. */
    private int[] oldLocals(MethodVisitor method, Prepared each, Locals locals) {
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
    private void takeBack(MethodVisitor method, Prepared each, int[] slots, int state) {
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

    private void judgeReturn(MethodVisitor method, Prepared each, Locals locals, int[] olds, int violation) {
        Slots slots = locals.with(olds);
        Label next = new Label();
        Code.unlessBit(method, 0, each.bit(), next);
        if (each.post() != null) {
            Label whenFalse = new Label();
            Label evidence = new Label();
            evaluations.test(method, each.post().expression(), slots, each.index(), "post", whenFalse, next,
                    values(each, locals, true, olds, true));
            Code.push(method, each.index());
            Convention.PASSED.emit(method);
            method.visitJumpInsn(Opcodes.GOTO, evidence);
            method.visitLabel(whenFalse);
            Code.push(method, each.index());
            Convention.VIOLATED.emit(method);
            method.visitVarInsn(Opcodes.ALOAD, violation);
            method.visitJumpInsn(Opcodes.IFNONNULL, evidence);
            Code.push(method, each.index());
            Code.values(method, values(each, locals, true, olds, true));
            Convention.POST_VIOLATED.emit(method);
            method.visitVarInsn(Opcodes.ASTORE, violation);
            method.visitLabel(evidence);
            evaluations.evidence(method, each.index(), each.sides(), slots);
        } else {
            // Only `raises`: returning normally is the violation.
            Code.push(method, each.index());
            Convention.VIOLATED.emit(method);
            method.visitVarInsn(Opcodes.ALOAD, violation);
            method.visitJumpInsn(Opcodes.IFNONNULL, next);
            Code.push(method, each.index());
            Code.values(method, values(each, locals, true, null, false));
            Convention.RETURNED_NORMALLY.emit(method);
            method.visitVarInsn(Opcodes.ASTORE, violation);
        }
        method.visitLabel(next);
    }

    // ---------------------------------------------------------------- t<k>

    private void exceptionalExit() {
        StringBuilder descriptor = new StringBuilder("(J");
        if (hasSelf) {
            descriptor.append(Code.descriptor(woven));
        }
        descriptor.append("Ljava/lang/Throwable;");
        appendArguments(descriptor);
        MethodVisitor method = begin("t", descriptor.append(")V"));
        int self = hasSelf ? 2 : -1;
        int thrown = 2 + (hasSelf ? 1 : 0);
        Locals locals = locals(self, -1, thrown + 1);
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
        for (Prepared each : invariants) {
            drop(method, each, state);
        }
        Label notJudged = new Label();
        method.visitVarInsn(Opcodes.ILOAD, ours);
        method.visitJumpInsn(Opcodes.IFNE, notJudged);
        for (Prepared each : invariants) {
            judgeThrow(method, each, locals, thrown, violation);
        }
        method.visitLabel(notJudged);
        Label end = new Label();
        method.visitLabel(end);
        method.visitVarInsn(Opcodes.ALOAD, state);
        Convention.RESUME.emit(method);
        if (plan.typeTracked()) {
            Label skip = new Label();
            Code.unlessBit(method, 0, Convention.TYPE_BIT, skip);
            Label abandon = new Label();
            if (!plan.isConstructor()) {
                // A violation or definition error passing through is not judged again.
                method.visitVarInsn(Opcodes.ILOAD, ours);
                method.visitJumpInsn(Opcodes.IFNE, abandon);
                method.visitVarInsn(Opcodes.ALOAD, state);
                method.visitVarInsn(Opcodes.ALOAD, self);
                method.visitVarInsn(Opcodes.ALOAD, violation);
                method.visitLdcInsn(after());
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
        throwPending(method, violation);
        resumeAndRethrow(method, start, end, state);
    }

    /** Forgets the invariant's kept values, if its entry kept them: a call that threw has no {@code post} to judge. */
    private void drop(MethodVisitor method, Prepared each, int state) {
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

    private void judgeThrow(MethodVisitor method, Prepared each, Locals locals, int thrown, int violation) {
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
            Code.push(method, each.index());
            Convention.VIOLATED.emit(method);
            method.visitVarInsn(Opcodes.ALOAD, violation);
            method.visitJumpInsn(Opcodes.IFNONNULL, next);
            Code.push(method, each.index());
            method.visitVarInsn(Opcodes.ALOAD, thrown);
            Code.values(method, values(each, locals, false, null, false));
            Convention.RAISED_OTHER.emit(method);
            method.visitVarInsn(Opcodes.ASTORE, violation);
            method.visitJumpInsn(Opcodes.GOTO, next);
            method.visitLabel(matched);
            Code.push(method, each.index());
            Convention.PASSED.emit(method);
        }
        method.visitLabel(next);
    }

    // ---------------------------------------------------------------- shared

    private MethodVisitor begin(String prefix, StringBuilder descriptor) {
        MethodVisitor method = owner.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, prefix + plan.index(),
                descriptor.toString(), null, null);
        method.visitCode();
        return method;
    }

    private Locals locals(int self, int result, int firstArgument) {
        int[] slots = new int[arguments.length];
        int next = firstArgument;
        for (int i = 0; i < arguments.length; i++) {
            slots[i] = next;
            next += arguments[i].getSize();
        }
        return new Locals(self, result, slots, next);
    }

    private void appendArguments(StringBuilder descriptor) {
        for (Type argument : arguments) {
            descriptor.append(argument.getDescriptor());
        }
    }

    /** The checks ran suspended: whatever escapes them (a violation in enforce mode, a definition error) resumes first. */
    private static void resumeAndRethrow(MethodVisitor method, Label start, Label end, int state) {
        Label handler = new Label();
        method.visitLabel(handler);
        method.visitVarInsn(Opcodes.ALOAD, state);
        Convention.RESUME.emit(method);
        method.visitInsn(Opcodes.ATHROW);
        // Registered last, so every guard inside comes first in the exception table.
        method.visitTryCatchBlock(start, end, handler, null);
        method.visitMaxs(0, 0);
        method.visitEnd();
    }

    private static void throwPending(MethodVisitor method, int violation) {
        Label none = new Label();
        method.visitVarInsn(Opcodes.ALOAD, violation);
        method.visitJumpInsn(Opcodes.IFNULL, none);
        method.visitVarInsn(Opcodes.ALOAD, violation);
        method.visitInsn(Opcodes.ATHROW);
        method.visitLabel(none);
        method.visitInsn(Opcodes.RETURN);
    }

    /**
     * A violation message's values: the parameters by name, {@code result} (exits), the {@code old(...)}
     * values under their source text (when {@code olds} is given), then the fields the {@code pre} reads
     * and, with {@code withPost}, those the {@code post} reads.
     */
    private List<Code.Value> values(Prepared each, Locals locals, boolean withResult, int[] olds, boolean withPost) {
        List<Code.Value> values = new ArrayList<>();
        for (int i = 0; i < arguments.length; i++) {
            Type type = arguments[i];
            int slot = locals.parameter(i);
            values.add(new Code.Value(each.names().get(i), type, m -> Code.load(m, type, slot)));
        }
        if (withResult && hasResult) {
            Type type = plan.returnType();
            int slot = locals.result();
            values.add(new Code.Value("result", type, m -> Code.load(m, type, slot)));
        }
        if (olds != null) {
            List<Attributed.Old> kept = each.olds();
            for (int i = 0; i < kept.size(); i++) {
                Type type = kept.get(i).value().type();
                int slot = olds[i];
                values.add(new Code.Value("old(" + kept.get(i).source() + ")", type, m -> Code.load(m, type, slot)));
            }
        }
        Slots slots = locals.with(olds == null ? new int[0] : olds);
        values.addAll(Code.shown(evaluations.emitter(), slots, each.pre(), withPost ? each.post() : null));
        return values;
    }

    /** {@code withdraw(long)}, or {@code new Account(long)}: what a type invariant was checked after. */
    private String after() {
        String signature = plan.displaySignature();
        if (plan.isConstructor()) {
            return "new " + simpleName(woven) + signature.substring("<init>".length());
        }
        return signature;
    }

    /** {@code Inner} of {@code com/acme/Outer$Inner}; an anonymous or local class keeps its binary form ({@code Outer$1}). */
    static String simpleName(String internalName) {
        String name = internalName.substring(internalName.lastIndexOf('/') + 1);
        for (int i = name.length() - 2; i > 0; i--) {
            if (name.charAt(i) == '$' && name.charAt(i - 1) != '$' && Character.isJavaIdentifierStart(name.charAt(i + 1))
                    && name.charAt(i + 1) != '$') {
                return name.substring(i + 1);
            }
        }
        return name;
    }
}
