package dev.invariants.junit.internal.assertions;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * The JUnit 4-era idiom {@code try { parse(bad); fail(); } catch (Expected e) {}}: the assertion call
 * never runs when the expected exception is thrown, so the test counts no assertion although it checked
 * that exception. Found from the test method's bytecode: a {@code catch} of a named type whose protected
 * range calls an assertion entry point. Together with what ran (the test passed, no assertion counted)
 * that means the call was skipped by an exception the test's own handler caught. Read once per test
 * method, and only for passing tests that counted no assertion: never on the path of a checked call.
 */
public final class CaughtExpectations {

    private static final Map<Method, Boolean> KNOWN = new ConcurrentHashMap<>();

    private CaughtExpectations() {}

    /** Whether the method catches a named exception around a call of an assertion entry point. */
    public static boolean guardAnAssertion(Method method) {
        return method != null && KNOWN.computeIfAbsent(method, CaughtExpectations::read);
    }

    private static boolean read(Method method) {
        Class<?> owner = method.getDeclaringClass();
        String internalName = Type.getInternalName(owner);
        ClassLoader loader = owner.getClassLoader() != null ? owner.getClassLoader() : ClassLoader.getSystemClassLoader();
        try (InputStream in = loader.getResourceAsStream(internalName + ".class")) {
            if (in == null) {
                return false;
            }
            Finder finder = new Finder(method.getName(), Type.getMethodDescriptor(method));
            new ClassReader(in.readAllBytes()).accept(finder, ClassReader.SKIP_FRAMES | ClassReader.SKIP_DEBUG);
            return finder.found;
        } catch (IOException | RuntimeException e) {
            return false; // unreadable: the test is judged on what it counted, as before
        }
    }

    private static final class Finder extends ClassVisitor {

        private final String name;
        private final String descriptor;
        boolean found;

        Finder(String name, String descriptor) {
            super(Opcodes.ASM9);
            this.name = name;
            this.descriptor = descriptor;
        }

        @Override
        public MethodVisitor visitMethod(int access, String methodName, String methodDescriptor, String signature,
                String[] exceptions) {
            return methodName.equals(name) && methodDescriptor.equals(descriptor) ? new Body() : null;
        }

        /** Instructions numbered in order; the labels of try blocks placed on that numbering. */
        private final class Body extends MethodVisitor {

            private final List<Label[]> guarded = new ArrayList<>();
            private final Map<Label, Integer> positions = new HashMap<>();
            private final List<Integer> assertionCalls = new ArrayList<>();
            private int position;

            Body() {
                super(Opcodes.ASM9);
            }

            @Override
            public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
                if (type != null) { // a finally block catches nothing
                    guarded.add(new Label[] {start, end});
                }
            }

            @Override
            public void visitLabel(Label label) {
                positions.put(label, position);
            }

            @Override
            public void visitMethodInsn(int opcode, String owner, String called, String calledDescriptor,
                    boolean isInterface) {
                int access = Opcodes.ACC_PUBLIC | (opcode == Opcodes.INVOKESTATIC ? Opcodes.ACC_STATIC : 0);
                EntryPoints.Hook hook = EntryPoints.hook(owner, access, called, calledDescriptor);
                if (hook == EntryPoints.Hook.ASSERTION || hook == EntryPoints.Hook.NOT_NULL) {
                    assertionCalls.add(position);
                }
                position++;
            }

            @Override
            public void visitInsn(int opcode) {
                position++;
            }

            @Override
            public void visitEnd() {
                for (Label[] block : guarded) {
                    Integer start = positions.get(block[0]);
                    Integer end = positions.get(block[1]);
                    for (int call : assertionCalls) {
                        found |= start != null && end != null && call >= start && call < end;
                    }
                }
            }
        }
    }
}
