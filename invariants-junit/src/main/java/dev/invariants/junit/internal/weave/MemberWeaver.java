package dev.invariants.junit.internal.weave;

import java.util.ArrayDeque;
import java.util.Deque;
import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * The code woven into one member. On entry (in a constructor: right after {@code super(...)} or
 * {@code this(...)}) the parameters are copied, so exits see the values the call started with, and
 * {@code e<k>} returns the per-call state (a {@code long}: which invariants' {@code pre} held).
 * Before each return {@code x<k>} gets the state, {@code this}, the result and the parameters;
 * a catch-all handler passes the exception to {@code t<k>} and rethrows it. All three are
 * {@code invokedynamic} call sites bound at first call to the class's compiled expressions.
 */
final class MemberWeaver extends MethodVisitor {

    static final Handle BOOTSTRAP = new Handle(Opcodes.H_INVOKESTATIC,
            "dev/invariants/junit/internal/runtime/Bootstrap", "link",
            "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;)"
                    + "Ljava/lang/invoke/CallSite;",
            false);

    private final String owner;
    private final MemberPlan member;
    private final Type[] arguments;
    private final Type returnType;
    private final boolean hasThis;
    private final int stateLocal;
    private final int[] copyLocals;
    private final int resultLocal;
    private final int thrownLocal;
    private final Label tryStart = new Label();
    private final Deque<String> pendingNews = new ArrayDeque<>();
    private boolean entered;
    private final java.util.function.Predicate<String> framework;

    MemberWeaver(MethodVisitor delegate, String owner, MemberPlan member, int maxLocals,
            java.util.function.Predicate<String> framework) {
        super(Opcodes.ASM9, delegate);
        this.framework = framework;
        this.owner = owner;
        this.member = member;
        this.arguments = member.argumentTypes();
        this.returnType = member.returnType();
        this.hasThis = !member.isStatic();
        int next = maxLocals;
        this.stateLocal = next;
        next += 2;
        this.copyLocals = new int[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            copyLocals[i] = next;
            next += arguments[i].getSize();
        }
        this.resultLocal = next;
        next += Math.max(returnType.getSize(), 1);
        this.thrownLocal = next;
    }

    @Override
    public void visitCode() {
        super.visitCode();
        if (!member.isConstructor()) {
            enter();
        }
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
        super.visitTypeInsn(opcode, type);
        if (opcode == Opcodes.NEW && !entered) {
            pendingNews.push(type);
        }
    }

    @Override
    public void visitMethodInsn(int opcode, String methodOwner, String name, String descriptor, boolean isInterface) {
        super.visitMethodInsn(opcode, methodOwner, name, descriptor, isInterface);
        if (!entered && member.isConstructor() && opcode == Opcodes.INVOKESPECIAL && "<init>".equals(name)) {
            if (!pendingNews.isEmpty()) {
                pendingNews.pop();
            } else {
                // this(...) into a constructor that checks nothing leaves the check to this one
                member.delegating = methodOwner.equals(owner) && !framework.test(descriptor);
                enter();
            }
        }
    }

    private void enter() {
        entered = true;
        int slot = hasThis ? 1 : 0;
        for (int i = 0; i < arguments.length; i++) {
            mv.visitVarInsn(arguments[i].getOpcode(Opcodes.ILOAD), slot);
            mv.visitVarInsn(arguments[i].getOpcode(Opcodes.ISTORE), copyLocals[i]);
            slot += arguments[i].getSize();
        }
        StringBuilder descriptor = new StringBuilder("(");
        if (hasThis) {
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            descriptor.append('L').append(owner).append(';');
        }
        loadCopies(descriptor);
        descriptor.append(")J");
        mv.visitInvokeDynamicInsn("e" + member.index, descriptor.toString(), BOOTSTRAP);
        mv.visitVarInsn(Opcodes.LSTORE, stateLocal);
        mv.visitLabel(tryStart);
    }

    @Override
    public void visitInsn(int opcode) {
        if (entered && opcode >= Opcodes.IRETURN && opcode <= Opcodes.RETURN) {
            exitNormally(opcode);
        }
        super.visitInsn(opcode);
    }

    private void exitNormally(int returnOpcode) {
        boolean hasResult = returnOpcode != Opcodes.RETURN;
        if (hasResult) {
            mv.visitVarInsn(returnType.getOpcode(Opcodes.ISTORE), resultLocal);
        }
        // Zero the state first: a violation thrown here reaches the catch-all handler, which must not evaluate again.
        mv.visitVarInsn(Opcodes.LLOAD, stateLocal);
        mv.visitInsn(Opcodes.LCONST_0);
        mv.visitVarInsn(Opcodes.LSTORE, stateLocal);
        StringBuilder descriptor = new StringBuilder("(J");
        if (hasThis) {
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            descriptor.append('L').append(owner).append(';');
        }
        if (hasResult) {
            mv.visitVarInsn(returnType.getOpcode(Opcodes.ILOAD), resultLocal);
            descriptor.append(returnType.getDescriptor());
        }
        loadCopies(descriptor);
        descriptor.append(")V");
        mv.visitInvokeDynamicInsn("x" + member.index, descriptor.toString(), BOOTSTRAP);
        if (hasResult) {
            mv.visitVarInsn(returnType.getOpcode(Opcodes.ILOAD), resultLocal);
        }
    }

    @Override
    public void visitMaxs(int maxStack, int maxLocals) {
        if (entered) {
            Label tryEnd = new Label();
            Label handler = new Label();
            mv.visitLabel(tryEnd);
            mv.visitTryCatchBlock(tryStart, tryEnd, handler, null);
            mv.visitLabel(handler);
            mv.visitVarInsn(Opcodes.ASTORE, thrownLocal);
            mv.visitVarInsn(Opcodes.LLOAD, stateLocal);
            StringBuilder descriptor = new StringBuilder("(J");
            if (hasThis) {
                mv.visitVarInsn(Opcodes.ALOAD, 0);
                descriptor.append('L').append(owner).append(';');
            }
            mv.visitVarInsn(Opcodes.ALOAD, thrownLocal);
            descriptor.append("Ljava/lang/Throwable;");
            loadCopies(descriptor);
            descriptor.append(")V");
            mv.visitInvokeDynamicInsn("t" + member.index, descriptor.toString(), BOOTSTRAP);
            mv.visitVarInsn(Opcodes.ALOAD, thrownLocal);
            mv.visitInsn(Opcodes.ATHROW);
        }
        super.visitMaxs(maxStack, maxLocals);
    }

    private void loadCopies(StringBuilder descriptor) {
        for (int i = 0; i < arguments.length; i++) {
            mv.visitVarInsn(arguments[i].getOpcode(Opcodes.ILOAD), copyLocals[i]);
            descriptor.append(arguments[i].getDescriptor());
        }
    }
}
