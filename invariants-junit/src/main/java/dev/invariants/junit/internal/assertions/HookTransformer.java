package dev.invariants.junit.internal.assertions;

import dev.invariants.junit.internal.ledger.Recorder;
import java.lang.instrument.ClassFileTransformer;
import java.security.ProtectionDomain;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Puts a call to {@link AssertionBridge} into the methods {@link EntryPoints} names: assertion methods
 * call {@code enter(kind)} first and {@code exit()} on every way out (a catch-all handler, appended
 * last so the method's own handlers keep precedence, calls it and rethrows); Mockito's mock creation
 * calls {@code mockCreated(type)}. Other methods are copied unchanged; nothing is computed but the
 * handler's one frame, so no other class is read or loaded. Only classes whose loader resolves the
 * bridge to ours are touched, so the calls always link.
 */
final class HookTransformer implements ClassFileTransformer {

    private static final String BRIDGE = AssertionCounting.BRIDGE.replace('.', '/');

    @Override
    public byte[] transform(ClassLoader loader, String className, Class<?> classBeingRedefined,
            ProtectionDomain protectionDomain, byte[] classfileBuffer) {
        if (className == null || !EntryPoints.isTarget(className) || !AssertionCounting.seesBridge(loader)) {
            return null;
        }
        try {
            return weave(className, classfileBuffer);
        } catch (RuntimeException | LinkageError e) {
            AssertionCounting.cannotCount(className.replace('/', '.'), e);
            return null;
        }
    }

    static byte[] weave(String className, byte[] bytes) {
        ClassReader reader = new ClassReader(bytes);
        ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
        boolean frames = reader.readUnsignedShort(6) >= Opcodes.V1_6;
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                MethodVisitor visitor = super.visitMethod(access, name, descriptor, signature, exceptions);
                EntryPoints.Hook hook = EntryPoints.hook(className, access, name, descriptor);
                if (hook == null) {
                    return visitor;
                }
                int firstArgument = (access & Opcodes.ACC_STATIC) != 0 ? 0 : 1;
                return hook == EntryPoints.Hook.MOCK_CREATED ? new MockCreated(visitor, firstArgument)
                        : new Counted(visitor,
                                hook == EntryPoints.Hook.NOT_NULL ? Recorder.NOT_NULL_ASSERTION : Recorder.ASSERTION, frames);
            }
        }, ClassReader.EXPAND_FRAMES);
        return writer.toByteArray();
    }

    /** {@code enter(kind)} first, {@code exit()} before each return and in a catch-all handler. */
    private static final class Counted extends MethodVisitor {

        private final int kind;
        private final boolean frames;
        private final Label start = new Label();

        Counted(MethodVisitor delegate, int kind, boolean frames) {
            super(Opcodes.ASM9, delegate);
            this.kind = kind;
            this.frames = frames;
        }

        @Override
        public void visitCode() {
            super.visitCode();
            super.visitLdcInsn(kind);
            super.visitMethodInsn(Opcodes.INVOKESTATIC, BRIDGE, "enter", "(I)V", false);
            super.visitLabel(start);
        }

        @Override
        public void visitInsn(int opcode) {
            if (opcode >= Opcodes.IRETURN && opcode <= Opcodes.RETURN) {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, BRIDGE, "exit", "()V", false);
            }
            super.visitInsn(opcode);
        }

        @Override
        public void visitMaxs(int maxStack, int maxLocals) {
            Label end = new Label();
            Label handler = new Label();
            super.visitLabel(end);
            super.visitTryCatchBlock(start, end, handler, null);
            super.visitLabel(handler);
            if (frames) {
                // No locals: the handler reads none, and an empty list is compatible with every frame in the range.
                super.visitFrame(Opcodes.F_NEW, 0, new Object[0], 1, new Object[] {"java/lang/Throwable"});
            }
            super.visitMethodInsn(Opcodes.INVOKESTATIC, BRIDGE, "exit", "()V", false);
            super.visitInsn(Opcodes.ATHROW);
            super.visitMaxs(maxStack, maxLocals);
        }
    }

    /** {@code mockCreated(firstArgument)} first. */
    private static final class MockCreated extends MethodVisitor {

        private final int slot;

        MockCreated(MethodVisitor delegate, int slot) {
            super(Opcodes.ASM9, delegate);
            this.slot = slot;
        }

        @Override
        public void visitCode() {
            super.visitCode();
            super.visitVarInsn(Opcodes.ALOAD, slot);
            super.visitMethodInsn(Opcodes.INVOKESTATIC, BRIDGE, "mockCreated", "(Ljava/lang/Class;)V", false);
        }
    }
}
