package dev.invariants.junit.internal.weave;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Per method of the class being woven: the first local slot free for woven code, and the
 * parameter names (used when an inherited invariant's declaring method has none, as abstract
 * interface methods compiled without {@code -parameters} do).
 */
final class MethodFacts {

    /**
     * @param frameworkMarked the member carries {@code @Invariant.FrameworkConstructor}
     * @param firstLine       its first line, 0 when the class file has no line numbers
     */
    record Facts(int maxLocals, List<String> parameterNames, boolean frameworkMarked, int firstLine) {}

    static final String FRAMEWORK_CONSTRUCTOR = "Ldev/invariants/Invariant$FrameworkConstructor;";

    private final Map<String, Facts> facts = new HashMap<>();
    private String sourceFile;

    static MethodFacts read(byte[] bytes) {
        MethodFacts result = new MethodFacts();
        new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public void visitSource(String source, String debug) {
                result.sourceFile = source;
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                return new Collector(access, descriptor, facts -> result.facts.put(name + descriptor, facts));
            }
        }, ClassReader.SKIP_FRAMES);
        return result;
    }

    Facts of(String name, String descriptor) {
        return facts.get(name + descriptor);
    }

    /** {@code Account.java}, or {@code null} when the class file does not say. */
    String sourceFile() {
        return sourceFile;
    }

    private static final class Collector extends MethodVisitor {
        private final java.util.function.Consumer<Facts> sink;
        private final int[] slots;
        private final String[] fromTable;
        private final List<String> declared = new ArrayList<>();
        private int maxLocals;
        private boolean frameworkMarked;
        private int firstLine;

        Collector(int access, String descriptor, java.util.function.Consumer<Facts> sink) {
            super(Opcodes.ASM9);
            this.sink = sink;
            Type[] arguments = Type.getArgumentTypes(descriptor);
            this.slots = new int[arguments.length];
            this.fromTable = new String[arguments.length];
            int slot = (access & Opcodes.ACC_STATIC) != 0 ? 0 : 1;
            for (int i = 0; i < arguments.length; i++) {
                slots[i] = slot;
                slot += arguments[i].getSize();
            }
            this.maxLocals = slot;
        }

        @Override
        public net.bytebuddy.jar.asm.AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            frameworkMarked |= FRAMEWORK_CONSTRUCTOR.equals(descriptor);
            return null;
        }

        @Override
        public void visitLineNumber(int line, Label start) {
            if (firstLine == 0 || line < firstLine) {
                firstLine = line;
            }
        }

        @Override
        public void visitParameter(String name, int access) {
            declared.add(name);
        }

        @Override
        public void visitLocalVariable(String name, String descriptor, String signature, Label start, Label end,
                int index) {
            for (int i = 0; i < slots.length; i++) {
                if (slots[i] == index && fromTable[i] == null) {
                    fromTable[i] = name;
                }
            }
        }

        @Override
        public void visitMaxs(int maxStack, int locals) {
            maxLocals = Math.max(maxLocals, locals);
        }

        @Override
        public void visitEnd() {
            List<String> names = null;
            if (declared.size() == slots.length && !declared.contains(null)) {
                names = declared;
            } else if (!Arrays.asList(fromTable).contains(null)) {
                names = Arrays.asList(fromTable);
            }
            sink.accept(new Facts(maxLocals, names, frameworkMarked, firstLine));
        }
    }
}
