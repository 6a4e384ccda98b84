package dev.invariants.junit.internal.runtime;

import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.LambdaConversionException;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * The bootstrap of the lambdas in generated checks, with {@link LambdaMetafactory#metafactory}'s
 * arguments. Generated classes are hidden, and before JDK 23 (JDK-8330467) the metafactory's
 * proxy calls a static implementation method by its class's name, which a hidden class does not
 * have: {@code NoClassDefFoundError} on the first call. There, this bootstrap spins the proxy itself,
 * calling the implementation through a method handle it keeps in its class data and naming no type
 * but the functional interface's own (a hidden class cannot appear in an {@code invokeExact}
 * descriptor either). Arguments are adapted by {@link MethodHandle#asType}, which casts and
 * (un)boxes between the erased and the instantiated descriptor as the metafactory does.
 */
public final class LambdaBootstrap {

    private static final boolean METAFACTORY_SEES_HIDDEN = Runtime.version().feature() >= 23;
    private static final String HANDLE = "java/lang/invoke/MethodHandle";

    private LambdaBootstrap() {}

    /** Links one lambda: {@code factoryType} takes the captured values and returns the functional interface. */
    public static CallSite metafactory(MethodHandles.Lookup caller, String name, MethodType factoryType,
            MethodType erased, MethodHandle implementation, MethodType instantiated)
            throws LambdaConversionException, ReflectiveOperationException {
        if (METAFACTORY_SEES_HIDDEN || !caller.lookupClass().isHidden()) {
            return LambdaMetafactory.metafactory(caller, name, factoryType, erased, implementation, instantiated);
        }
        Class<?> functional = factoryType.returnType();
        MethodType captures = factoryType.changeReturnType(void.class).erase();
        MethodType call = erased.erase().insertParameterTypes(0, captures.parameterList());
        MethodHandle target = implementation.asType(call);
        byte[] bytes = proxy(caller.lookupClass().getPackageName(), functional, name, erased, captures);
        MethodHandles.Lookup proxy = caller.defineHiddenClassWithClassData(bytes, target, true);
        MethodHandle constructor = proxy.findConstructor(proxy.lookupClass(), captures);
        if (captures.parameterCount() == 0) {
            try {
                return new ConstantCallSite(MethodHandles.constant(functional, constructor.invoke()));
            } catch (Throwable e) {
                throw new IllegalStateException("cannot create the lambda " + name + erased, e);
            }
        }
        return new ConstantCallSite(constructor.asType(factoryType));
    }

    private static byte[] proxy(String packageName, Class<?> functional, String name, MethodType erased,
            MethodType captures) {
        String internalName = (packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/") + "InvariantsLambda";
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(Opcodes.V11, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER | Opcodes.ACC_SYNTHETIC, internalName, null,
                "java/lang/Object", new String[] {Type.getInternalName(functional)});
        writer.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL, "target", "L" + HANDLE + ";",
                null, null).visitEnd();
        for (int i = 0; i < captures.parameterCount(); i++) {
            writer.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL, "capture" + i,
                    Type.getDescriptor(captures.parameterType(i)), null, null).visitEnd();
        }
        classInitializer(writer, internalName);
        constructor(writer, internalName, captures);
        method(writer, internalName, name, erased, captures);
        writer.visitEnd();
        return writer.toByteArray();
    }

    private static void classInitializer(ClassWriter writer, String internalName) {
        MethodVisitor method = writer.visitMethod(Opcodes.ACC_STATIC, "<clinit>", "()V", null, null);
        method.visitCode();
        method.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/invoke/MethodHandles", "lookup",
                "()Ljava/lang/invoke/MethodHandles$Lookup;", false);
        method.visitLdcInsn("_");
        method.visitLdcInsn(Type.getObjectType(HANDLE));
        method.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/invoke/MethodHandles", "classData",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Object;", false);
        method.visitTypeInsn(Opcodes.CHECKCAST, HANDLE);
        method.visitFieldInsn(Opcodes.PUTSTATIC, internalName, "target", "L" + HANDLE + ";");
        method.visitInsn(Opcodes.RETURN);
        method.visitMaxs(0, 0);
        method.visitEnd();
    }

    private static void constructor(ClassWriter writer, String internalName, MethodType captures) {
        MethodVisitor method = writer.visitMethod(Opcodes.ACC_PRIVATE, "<init>", captures.toMethodDescriptorString(),
                null, null);
        method.visitCode();
        method.visitVarInsn(Opcodes.ALOAD, 0);
        method.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        int slot = 1;
        for (int i = 0; i < captures.parameterCount(); i++) {
            Type type = Type.getType(captures.parameterType(i));
            method.visitVarInsn(Opcodes.ALOAD, 0);
            method.visitVarInsn(type.getOpcode(Opcodes.ILOAD), slot);
            method.visitFieldInsn(Opcodes.PUTFIELD, internalName, "capture" + i, type.getDescriptor());
            slot += type.getSize();
        }
        method.visitInsn(Opcodes.RETURN);
        method.visitMaxs(0, 0);
        method.visitEnd();
    }

    private static void method(ClassWriter writer, String internalName, String name, MethodType erased,
            MethodType captures) {
        MethodVisitor method = writer.visitMethod(Opcodes.ACC_PUBLIC, name, erased.toMethodDescriptorString(), null,
                null);
        method.visitCode();
        method.visitFieldInsn(Opcodes.GETSTATIC, internalName, "target", "L" + HANDLE + ";");
        for (int i = 0; i < captures.parameterCount(); i++) {
            method.visitVarInsn(Opcodes.ALOAD, 0);
            method.visitFieldInsn(Opcodes.GETFIELD, internalName, "capture" + i,
                    Type.getDescriptor(captures.parameterType(i)));
        }
        int slot = 1;
        for (Class<?> each : erased.parameterList()) {
            Type type = Type.getType(each);
            method.visitVarInsn(type.getOpcode(Opcodes.ILOAD), slot);
            slot += type.getSize();
        }
        MethodType call = erased.erase().insertParameterTypes(0, captures.parameterList());
        method.visitMethodInsn(Opcodes.INVOKEVIRTUAL, HANDLE, "invokeExact", call.toMethodDescriptorString(), false);
        Class<?> returned = erased.returnType();
        if (!returned.isPrimitive() && returned != Object.class) {
            method.visitTypeInsn(Opcodes.CHECKCAST, Type.getInternalName(returned));
        }
        method.visitInsn(Type.getType(returned).getOpcode(Opcodes.IRETURN));
        method.visitMaxs(0, 0);
        method.visitEnd();
    }
}
