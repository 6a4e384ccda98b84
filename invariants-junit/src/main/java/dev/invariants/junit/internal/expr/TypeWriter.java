package dev.invariants.junit.internal.expr;

import dev.invariants.junit.internal.expr.emit.Slots;
import java.util.Set;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Writes {@code ty(self, after, thrown)}: the class's type invariants, judged after a constructor or an
 * outermost public call ({@code runtime.TypeChecks} calls it, checks suspended). Returns the first
 * violation, or {@code null}.
 */
final class TypeWriter {

    private TypeWriter() {}

    static void write(ClassVisitor owner, String woven, Evaluations evaluations, Prepared.Type type, Set<Integer> excluded) {
        MethodVisitor method = owner.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "ty",
                "(" + Code.descriptor(woven) + "Ljava/lang/String;Ljava/lang/Throwable;)" + Code.descriptor(Convention.VIOLATION),
                null, null);
        method.visitCode();
        Locals locals = new Locals(0, -1, new int[0], 3);
        Slots slots = locals.with(new int[0]);
        int violation = locals.allocate(1);
        method.visitInsn(Opcodes.ACONST_NULL);
        method.visitVarInsn(Opcodes.ASTORE, violation);
        for (int index : type.broken()) {
            Code.push(method, index);
            Convention.DEFINITION_ERROR.emit(method);
        }
        for (Prepared each : type.invariants()) {
            if (excluded.contains(each.index())) {
                continue;
            }
            Label next = new Label();
            Verdicts.post(method, evaluations, each, slots, next, violation,
                    Code.shown(evaluations.emitter(), slots, each.post(), null), m -> {
                        m.visitVarInsn(Opcodes.ALOAD, 1);
                        m.visitVarInsn(Opcodes.ALOAD, 2);
                    }, Convention.TYPE_VIOLATED);
            method.visitLabel(next);
        }
        method.visitVarInsn(Opcodes.ALOAD, violation);
        method.visitInsn(Opcodes.ARETURN);
        method.visitMaxs(0, 0);
        method.visitEnd();
    }
}
