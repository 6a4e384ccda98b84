package dev.invariants.junit.internal.expr;

import dev.invariants.junit.internal.expr.emit.ExpressionEmitter;
import dev.invariants.junit.internal.expr.emit.FrameWriter;
import java.util.List;
import java.util.Set;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Writes the class file of one woven class's checks: {@code <Woven>$$Invariants}, in the woven class's
 * package, defined as a hidden nestmate of it (so it reads the nest's private fields and calls its
 * private methods directly). It has the {@code e<k>}, {@code x<k>}, {@code t<k>} of every woven member,
 * {@code ty} when the class has type invariants, and the lambda bodies of its expressions.
 */
final class CheckClassWriter {

    private CheckClassWriter() {}

    /** {@code skipped}: invariants written neither as checks nor as definition errors (to find one that breaks the class). */
    static byte[] write(String woven, ClassLoader loader, List<Prepared.Member> members, Prepared.Type type,
            boolean hasTypeInvariants, Set<Integer> skipped) {
        String name = woven + "$$Invariants";
        // Frames from class files, never by loading: the classes may not be loadable from here, or not yet.
        ClassWriter writer = new FrameWriter(loader);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER | Opcodes.ACC_SYNTHETIC, name,
                null, "java/lang/Object", null);
        ExpressionEmitter emitter = new ExpressionEmitter(writer, name);
        Evaluations evaluations = new Evaluations(emitter);
        for (Prepared.Member member : members) {
            new MemberWriter(writer, woven, evaluations, member, skipped, loader).write();
        }
        if (hasTypeInvariants) {
            TypeWriter.write(writer, woven, evaluations, type, skipped);
        }
        emitter.finish();
        writer.visitEnd();
        return writer.toByteArray();
    }
}
