package dev.invariants.junit.internal.expr;

import dev.invariants.junit.internal.expr.emit.ExpressionEmitter;
import dev.invariants.junit.internal.expr.emit.Slots;
import dev.invariants.junit.internal.expr.tree.Typed;
import java.util.List;
import java.util.function.Consumer;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * User expressions as guarded code: whatever an expression throws is reported as the invariant's
 * ({@code CheckSupport.threw}) and never escapes into the checked call. Each guard is its own
 * exception-table entry, added when its code is written, so it comes before the method's outer one.
 */
final class Evaluations {

    private static final String THROWABLE = "java/lang/Throwable";

    private final ExpressionEmitter emitter;

    Evaluations(ExpressionEmitter emitter) {
        this.emitter = emitter;
    }

    ExpressionEmitter emitter() {
        return emitter;
    }

    /**
     * Tests the boolean {@code expression}: falls through when it is true, jumps to {@code whenFalse}
     * when false; when it throws, reports that with {@code values} (what a violation message would show)
     * and jumps to {@code whenThrew}.
     */
    void test(MethodVisitor method, Typed expression, Slots slots, int invariant, String attribute, Label whenFalse,
            Label whenThrew, List<Code.Value> values) {
        guarded(method, m -> {
            m.visitInsn(Opcodes.NOP); // the guarded range is never empty, even for an expression without code
            emitter.branch(m, expression, false, whenFalse, slots);
        }, m -> {
            threw(m, invariant, attribute, values);
            m.visitJumpInsn(Opcodes.GOTO, whenThrew);
        });
    }

    /**
     * With the {@code Throwable} on the stack: {@code CheckSupport.threw(invariant, attribute, it, values)}.
     * The values are locals and fields of {@code this} (or statics), which reading cannot make throw.
     */
    static void threw(MethodVisitor method, int invariant, String attribute, List<Code.Value> values) {
        Code.push(method, invariant);
        method.visitInsn(Opcodes.SWAP);
        method.visitLdcInsn(attribute);
        method.visitInsn(Opcodes.SWAP);
        Code.values(method, values);
        Convention.THREW.emit(method);
    }

    /**
     * Boundary evidence after a {@code post} was evaluated (it held or not): both sides of each comparison
     * as {@code double}s to {@code CheckSupport.boundary}. A side that throws only loses its evidence.
     */
    void evidence(MethodVisitor method, int invariant, List<Prepared.Side> sides, Slots slots) {
        for (Prepared.Side side : sides) {
            guarded(method, m -> {
                Code.push(m, invariant);
                Code.push(m, side.comparison());
                emitter.value(m, side.left(), slots);
                Code.toDouble(m, side.left().type());
                emitter.value(m, side.right(), slots);
                Code.toDouble(m, side.right().type());
                Convention.BOUNDARY.emit(m);
            }, m -> m.visitInsn(Opcodes.POP));
        }
    }

    /**
     * {@code body} in a guard of its own: what it throws is on the stack for {@code onThrow}, and both go on
     * after it. The guard is added to the exception table before {@code body} is written, so that any guard
     * inside comes after it and the method's outer one later still.
     */
    private static void guarded(MethodVisitor method, Consumer<MethodVisitor> body, Consumer<MethodVisitor> onThrow) {
        Label start = new Label();
        Label end = new Label();
        Label handler = new Label();
        Label done = new Label();
        method.visitTryCatchBlock(start, end, handler, THROWABLE);
        method.visitLabel(start);
        body.accept(method);
        method.visitLabel(end);
        method.visitJumpInsn(Opcodes.GOTO, done);
        method.visitLabel(handler);
        onThrow.accept(method);
        method.visitLabel(done);
    }
}
