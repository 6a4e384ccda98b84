package dev.invariants.junit.internal.expr;

import dev.invariants.junit.internal.expr.types.TypeModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * What {@link Purity} needs of the methods of one class file, read once per class loader's model and kept for
 * every class compiled after: reading the same class files again for each woven class was ~8% of compiling its
 * checks. A class file does not change under its loader for the life of the model ({@link TypeModel} keeps its
 * symbols as long).
 */
final class Bodies {

    /** A method's field writes and calls, in bytecode order: {@link Purity} stops following calls at the first write. */
    record Body(boolean hasCode, List<Event> events) {}

    /** A {@code PUTFIELD}/{@code PUTSTATIC} ({@code owner == null}), or a call. */
    record Event(String owner, String name, String descriptor) {

        boolean writesField() {
            return owner == null;
        }
    }

    private static final Map<TypeModel, Map<String, Map<String, Body>>> BY_MODEL = new WeakHashMap<>();
    /** A class without a readable class file. */
    private static final Map<String, Body> NONE = Map.of();

    private Bodies() {}

    /**
     * The methods of {@code owner} by name and descriptor ({@code name + descriptor}); {@code null} when its class file
     * cannot be read.
     */
    static Map<String, Body> of(TypeModel model, String owner) {
        Map<String, Map<String, Body>> classes;
        synchronized (BY_MODEL) {
            classes = BY_MODEL.computeIfAbsent(model, m -> new ConcurrentHashMap<>());
        }
        Map<String, Body> methods = classes.computeIfAbsent(owner, o -> read(model.classFile(o)));
        return methods == NONE ? null : methods;
    }

    private static Map<String, Body> read(byte[] bytes) {
        if (bytes == null) {
            return NONE;
        }
        Map<String, Body> methods = new HashMap<>();
        new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String method, String desc, String signature, String[] exceptions) {
                if ((access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0) {
                    methods.putIfAbsent(method + desc, new Body(false, List.of()));
                    return null; // no body to read: an interface's or an abstract class's method
                }
                List<Event> events = new ArrayList<>();
                methods.putIfAbsent(method + desc, new Body(true, events));
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitFieldInsn(int opcode, String fieldOwner, String field, String fieldDescriptor) {
                        if (opcode == Opcodes.PUTFIELD || opcode == Opcodes.PUTSTATIC) {
                            events.add(new Event(null, null, null));
                        }
                    }

                    @Override
                    public void visitMethodInsn(int opcode, String calledOwner, String called, String calledDescriptor,
                            boolean isInterface) {
                        events.add(new Event(calledOwner, called, calledDescriptor));
                    }
                };
            }
        }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return Map.copyOf(methods);
    }
}
