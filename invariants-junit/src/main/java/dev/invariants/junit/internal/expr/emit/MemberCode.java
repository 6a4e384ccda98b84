package dev.invariants.junit.internal.expr.emit;

import dev.invariants.junit.internal.expr.tree.FieldRef;
import dev.invariants.junit.internal.expr.tree.MethodRef;
import dev.invariants.junit.internal.expr.tree.Typed;
import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Field reads, calls and constructor calls: an ordinary instruction for a member the generated class
 * may reach, an {@code invokedynamic} linked by the runtime's member access bootstrap for one it may not
 * ({@code runtime.CheckSupport.access}, named as a string: {@code expr} imports nothing of the runtime).
 */
final class MemberCode {

    private static final Handle ACCESS = new Handle(Opcodes.H_INVOKESTATIC,
            "dev/invariants/junit/internal/runtime/CheckSupport", "access",
            MethodType.methodType(CallSite.class, MethodHandles.Lookup.class, String.class,
                    MethodType.class, String.class, String.class).toMethodDescriptorString(), false);

    // The kinds runtime.MemberAccess links.
    private static final String GETFIELD = "getfield";
    private static final String GETSTATIC = "getstatic";
    private static final String VIRTUAL = "virtual";
    private static final String INTERFACE = "interface";
    private static final String SPECIAL = "special";
    private static final String STATIC = "static";
    private static final String NEW = "new";

    private final ExpressionEmitter emitter;

    MemberCode(ExpressionEmitter emitter) {
        this.emitter = emitter;
    }

    void getField(MethodVisitor method, Typed.GetField get, Slots slots) {
        FieldRef field = get.field();
        Type erased = Type.getType(field.descriptor());
        if (field.isStatic()) {
            // expression.STATIC evaluates the expression and ignores its value (JLS 15.11.1).
            if (get.target() != null) {
                emitter.value(method, get.target(), slots);
                ExpressionEmitter.discard(method, get.target().type());
            }
            if (field.direct()) {
                method.visitFieldInsn(Opcodes.GETSTATIC, field.owner(), field.name(), field.descriptor());
            } else {
                access(method, field.name(), Type.getMethodDescriptor(erased), GETSTATIC, field.owner());
            }
        } else {
            emitter.value(method, get.target(), slots);
            if (field.direct()) {
                method.visitFieldInsn(Opcodes.GETFIELD, field.owner(), field.name(), field.descriptor());
            } else {
                access(method, field.name(), Type.getMethodDescriptor(erased, get.target().type()),
                        GETFIELD, field.owner());
            }
        }
        emitter.castIfNarrower(method, erased, get.type());
    }

    void invoke(MethodVisitor method, Typed.Invoke invoke, Slots slots) {
        MethodRef ref = invoke.method();
        boolean isStatic = ref.invocation() == MethodRef.Invocation.STATIC;
        if (invoke.target() != null) {
            emitter.value(method, invoke.target(), slots);
            if (isStatic) {
                ExpressionEmitter.discard(method, invoke.target().type());
            }
        }
        for (Typed argument : invoke.arguments()) {
            emitter.value(method, argument, slots);
        }
        Type declared = Type.getMethodType(ref.descriptor());
        if (ref.direct()) {
            // The generated class extends Object and is nobody's subclass: a direct SPECIAL call can only be
            // a private method of a nestmate, which since Java 11 is called (by javac too) with invokevirtual
            // or invokeinterface; invokespecial would fail verification on a receiver not of this class.
            int opcode = switch (ref.invocation()) {
                case STATIC -> Opcodes.INVOKESTATIC;
                case VIRTUAL -> Opcodes.INVOKEVIRTUAL;
                case INTERFACE -> Opcodes.INVOKEINTERFACE;
                case SPECIAL -> ref.ownerIsInterface() ? Opcodes.INVOKEINTERFACE : Opcodes.INVOKEVIRTUAL;
            };
            method.visitMethodInsn(opcode, ref.owner(), ref.name(), ref.descriptor(), ref.ownerIsInterface());
        } else if (isStatic) {
            access(method, ref.name(), ref.descriptor(), STATIC, ref.owner());
        } else {
            List<Type> parameters = new ArrayList<>();
            parameters.add(invoke.target().type());
            parameters.addAll(List.of(declared.getArgumentTypes()));
            String kind = switch (ref.invocation()) {
                case INTERFACE -> INTERFACE;
                case SPECIAL -> SPECIAL;
                default -> VIRTUAL;
            };
            access(method, ref.name(), Type.getMethodDescriptor(declared.getReturnType(), parameters.toArray(Type[]::new)),
                    kind, ref.owner());
        }
        emitter.castIfNarrower(method, declared.getReturnType(), invoke.type());
    }

    void newInstance(MethodVisitor method, Typed.NewInstance created, Slots slots) {
        MethodRef constructor = created.constructor();
        if (constructor.direct()) {
            method.visitTypeInsn(Opcodes.NEW, constructor.owner());
            method.visitInsn(Opcodes.DUP);
            for (Typed argument : created.arguments()) {
                emitter.value(method, argument, slots);
            }
            method.visitMethodInsn(Opcodes.INVOKESPECIAL, constructor.owner(), "<init>", constructor.descriptor(), false);
        } else {
            for (Typed argument : created.arguments()) {
                emitter.value(method, argument, slots);
            }
            Type declared = Type.getMethodType(constructor.descriptor());
            access(method, "new", Type.getMethodDescriptor(Type.getObjectType(constructor.owner()),
                    declared.getArgumentTypes()), NEW, constructor.owner());
        }
    }

    private static void access(MethodVisitor method, String name, String descriptor, String kind, String owner) {
        method.visitInvokeDynamicInsn(name, descriptor, ACCESS, kind, Type.getObjectType(owner).getClassName());
    }
}
