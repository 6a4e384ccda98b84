package dev.invariants.junit.internal.expr.emit;

import dev.invariants.junit.internal.expr.tree.Typed;
import dev.invariants.junit.internal.expr.tree.Variable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Lambdas as javac compiles them: the body a private static synthetic method taking the captured
 * variables and then the parameters, the lambda an {@code invokedynamic} that captures them.
 */
final class LambdaCode {

    private final ExpressionEmitter emitter;
    private final ClassVisitor owner;
    private final String internalName;
    private final Deque<Pending> pending = new ArrayDeque<>();
    private int count;

    LambdaCode(ExpressionEmitter emitter, ClassVisitor owner, String internalName) {
        this.emitter = emitter;
        this.owner = owner;
        this.internalName = internalName;
    }

    /** Leaves the functional interface instance on the stack; its body is written by {@link #finish}. */
    void create(MethodVisitor method, Typed.Lambda lambda, Slots slots) {
        List<Variable> captures = Captures.of(lambda);
        Type[] captured = new Type[captures.size()];
        for (int i = 0; i < captured.length; i++) {
            Variable variable = captures.get(i);
            captured[i] = variable.type();
            method.visitVarInsn(variable.type().getOpcode(Opcodes.ILOAD), emitter.slot(variable, slots));
        }
        Type instantiated = Type.getMethodType(lambda.instantiatedDescriptor());
        Type[] own = instantiated.getArgumentTypes();
        Type[] parameters = new Type[captured.length + own.length];
        System.arraycopy(captured, 0, parameters, 0, captured.length);
        System.arraycopy(own, 0, parameters, captured.length, own.length);
        String name = "lambda$" + count++;
        String descriptor = Type.getMethodDescriptor(instantiated.getReturnType(), parameters);
        pending.addLast(new Pending(name, descriptor, lambda, captures));
        method.visitInvokeDynamicInsn(lambda.method(), Type.getMethodDescriptor(lambda.functional(), captured),
                Constants.METAFACTORY, Type.getMethodType(lambda.erasedDescriptor()),
                new Handle(Opcodes.H_INVOKESTATIC, internalName, name, descriptor, false), instantiated);
    }

    void finish() {
        // A lambda inside a lambda body is queued while that body is written.
        while (!pending.isEmpty()) {
            Pending lambda = pending.removeFirst();
            MethodVisitor method = owner.visitMethod(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC,
                    lambda.name, lambda.descriptor, null, null);
            method.visitCode();
            LambdaSlots slots = new LambdaSlots(lambda.captures, lambda.lambda.parameters());
            Type returned = Type.getReturnType(lambda.lambda.instantiatedDescriptor());
            Typed body = lambda.lambda.body();
            emitter.value(method, body, slots);
            if (returned.getSort() == Type.VOID) {
                ExpressionEmitter.discard(method, body.type());
            }
            method.visitInsn(returned.getOpcode(Opcodes.IRETURN));
            method.visitMaxs(0, 0);
            method.visitEnd();
        }
    }

    private record Pending(String name, String descriptor, Typed.Lambda lambda, List<Variable> captures) {}
}
