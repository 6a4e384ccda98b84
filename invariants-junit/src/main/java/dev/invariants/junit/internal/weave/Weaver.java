package dev.invariants.junit.internal.weave;

import dev.invariants.junit.internal.expr.types.TypeModel;
import dev.invariants.junit.internal.model.ClassFileReader;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Weaves one class: every planned member gets one call on entry and one on each exit. Adds no
 * fields and no methods, so the same weave applies on retransformation (ours, or Mockito's).
 */
public final class Weaver {

    private Weaver() {}

    /**
     * The woven class file, or {@code null} when the class needs no weaving. Reads supertypes
     * through the loader's resources; loads nothing.
     */
    public static byte[] weave(ClassLoader loader, String internalName, byte[] bytes) {
        ClassReader reader = new ClassReader(bytes);
        if (ClassFilter.isJdkProxy(internalName) && !"java/lang/reflect/Proxy".equals(reader.getSuperName())) {
            return null;
        }
        if (!ClassFileReader.mentionsInvariant(bytes) && !inherits(loader, reader)) {
            return null;
        }
        ClassInfo info = Hierarchy.remember(loader, internalName, bytes);
        if (!Hierarchy.relevant(loader, info) || classVersion(bytes) < Opcodes.V1_7) {
            return null;
        }
        MethodFacts facts = MethodFacts.read(bytes);
        ClassPlan plan = Planner.plan(loader, info, facts);
        if (plan == null || plan.members.isEmpty()) {
            return null;
        }
        // Given the reader, ASM copies the members we do not weave byte for byte (frames included)
        // instead of visiting and recomputing them: only woven members pay for frame computation.
        ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected String getCommonSuperClass(String a, String b) {
                return Hierarchy.commonSuperClass(loader, a, b);
            }

        };
        boolean proxy = ClassFilter.isJdkProxy(internalName);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                String generic = signature == null && proxy ? interfaceSignature(plan, name, descriptor) : signature;
                MethodVisitor visitor = super.visitMethod(access, name, descriptor, generic, exceptions);
                MemberPlan member = plan.member(name, descriptor);
                if (member == null) {
                    return visitor;
                }
                return new MemberWeaver(visitor, internalName, member, facts.of(name, descriptor).maxLocals(),
                        constructor -> {
                            MemberPlan target = plan.member("<init>", constructor);
                            return target != null && target.filledByFramework;
                        });
            }
        }, ClassReader.SKIP_FRAMES);
        byte[] woven = writer.toByteArray();
        // the checks are attributed against this class file, which its loader may have no resource for
        // a proxy's: with the generic signatures of the interface methods it implements, which checks are typed by
        TypeModel.of(loader).handOver(internalName, proxy ? woven : bytes);
        Plans.put(loader, internalName, plan);
        return woven;
    }

    /**
     * The plan weaving would make for the class file, without weaving or loading anything: for checking the
     * definitions of a class no test loaded. {@code null} when nothing of the class would be checked.
     */
    public static ClassPlan plan(ClassLoader loader, String internalName, byte[] bytes) {
        ClassInfo info = Hierarchy.remember(loader, internalName, bytes);
        if (!Hierarchy.relevant(loader, info)) {
            return null;
        }
        ClassPlan plan = Planner.plan(loader, info, MethodFacts.read(bytes));
        return plan == null || (plan.members().isEmpty() && plan.typeInvariants().isEmpty()) ? null : plan;
    }

    /**
     * A {@code java.lang.reflect.Proxy} method has only the erased descriptor ({@code List findByStatus(String)}):
     * the generic signature of the interface method it implements, so {@code result.get(0)} is typed as declared.
     */
    private static String interfaceSignature(ClassPlan plan, String name, String descriptor) {
        MemberPlan member = plan.member(name, descriptor);
        if (member == null || member.invariants.isEmpty()) {
            return null;
        }
        for (ClassInfo each : plan.lineage) {
            for (ClassInfo.Method method : each.methods) {
                if (method.signature() != null && method.name().equals(name) && method.descriptor().equals(descriptor)) {
                    // a type variable of the interface (JpaRepository's T) means nothing in the proxy class
                    return mentionsTypeVariable(method.signature()) ? null : method.signature();
                }
            }
        }
        return null;
    }

    private static boolean mentionsTypeVariable(String signature) {
        boolean[] found = new boolean[1];
        new net.bytebuddy.jar.asm.signature.SignatureReader(signature).accept(
                new net.bytebuddy.jar.asm.signature.SignatureVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitTypeVariable(String variable) {
                        found[0] = true;
                    }

                    @Override
                    public void visitFormalTypeParameter(String parameter) {
                        found[0] = true;
                    }
                });
        return found[0];
    }

    /** The cheap path for the many classes that do not mention {@code @Invariant}: only their supertypes' names are read. */
    private static boolean inherits(ClassLoader loader, ClassReader reader) {
        if (Hierarchy.relevant(loader, reader.getSuperName())) {
            return true;
        }
        for (String each : reader.getInterfaces()) {
            if (Hierarchy.relevant(loader, each)) {
                return true;
            }
        }
        return false;
    }

    private static int classVersion(byte[] bytes) {
        return ((bytes[6] & 0xFF) << 8) | (bytes[7] & 0xFF);
    }
}
