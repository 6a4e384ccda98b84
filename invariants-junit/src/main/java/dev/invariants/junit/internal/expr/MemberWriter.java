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
 *
 * <p>This class holds what the three have in common (the member, its locals, the message values);
 * {@link EntryWriter}, {@link ReturnWriter} and {@link ThrowWriter} write one method each.
 */
final class MemberWriter {

    final String woven;
    final Evaluations evaluations;
    final Prepared.Member member;
    final MemberPlan plan;
    final List<Prepared> invariants;
    final boolean hasSelf;
    final boolean hasResult;
    final ClassLoader loader;
    private final ClassVisitor owner;
    private final Type[] arguments;

    /** {@code excluded}: invariants left out entirely (neither checked nor reported), to find one that breaks the class. */
    MemberWriter(ClassVisitor owner, String woven, Evaluations evaluations, Prepared.Member member, Set<Integer> excluded,
            ClassLoader loader) {
        this.owner = owner;
        this.loader = loader;
        this.woven = woven;
        this.evaluations = evaluations;
        this.member = member;
        this.plan = member.plan();
        this.invariants = member.invariants().stream().filter(p -> !excluded.contains(p.index())).toList();
        this.arguments = plan.argumentTypes();
        this.hasSelf = !plan.isStatic();
        this.hasResult = !plan.isConstructor() && plan.returnType().getSort() != Type.VOID;
    }

    /** Writes the pairwise-coverage record of a call at the end of its entry. */
    void partitions(MethodVisitor method, Locals locals, int mask) {
        new PartitionWriter(this, arguments).write(method, locals, mask);
    }

    void write() {
        new EntryWriter(this).write();
        new ReturnWriter(this).write();
        new ThrowWriter(this).write();
    }

    /**
     * Opens {@code <prefix><k>}: {@code leading} (the exits' {@code J}), {@code this} when the member has one,
     * {@code between}, the member's arguments, then {@code )} and {@code returned}.
     */
    MethodVisitor begin(String prefix, String leading, String between, String returned) {
        StringBuilder descriptor = new StringBuilder("(").append(leading);
        if (hasSelf) {
            descriptor.append(Code.descriptor(woven));
        }
        descriptor.append(between);
        for (Type argument : arguments) {
            descriptor.append(argument.getDescriptor());
        }
        descriptor.append(')').append(returned);
        MethodVisitor method = owner.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, prefix + plan.index(),
                descriptor.toString(), null, null);
        method.visitCode();
        return method;
    }

    /** The method's locals: the arguments from slot {@code firstArgument} on, fresh slots after them. */
    Locals locals(int self, int result, int firstArgument) {
        int[] slots = new int[arguments.length];
        int next = firstArgument;
        for (int i = 0; i < arguments.length; i++) {
            slots[i] = next;
            next += arguments[i].getSize();
        }
        return new Locals(self, result, slots, next);
    }

    /** The checks ran suspended: whatever escapes them (a violation in enforce mode, a definition error) resumes first. */
    static void resumeAndRethrow(MethodVisitor method, Label start, Label end, int state) {
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

    /** Ends an exit: throws the violation kept in the local {@code violation}, if any, else returns. */
    static void throwPending(MethodVisitor method, int violation) {
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
    List<Code.Value> values(Prepared each, Locals locals, boolean withResult, int[] olds, boolean withPost) {
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

    /**
     * {@code withdraw(long)}, or {@code new Account(long)}: what a type invariant was checked after; then,
     * after a line break, where that member is ({@code ViolationMessages.type} points there, not at the class).
     */
    String after() {
        String signature = plan.displaySignature();
        if (plan.isConstructor()) {
            signature = "new " + simpleName(woven) + signature.substring("<init>".length());
        }
        return signature + "\n" + plan.location();
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
