package dev.invariants.junit.internal.expr.differential;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * The context methods expressions are compiled in, by name, with their parameter names as the debug
 * information of the test build records them (the test build does not compile with {@code -parameters}).
 */
final class Contexts {

    /** The classes the javac side recompiles, in the order it writes them. */
    static final List<Class<?>> FIXTURES = List.of(Scalars.class, Structures.class, Purse.class);

    private static final Map<String, Method> BY_NAME = index();
    private static final Map<Method, List<String>> NAMES = new ConcurrentHashMap<>();

    private Contexts() {}

    static Method method(String name) {
        Method method = BY_NAME.get(name);
        if (method == null) {
            throw new IllegalArgumentException("no context method " + name + "; known: " + BY_NAME.keySet());
        }
        return method;
    }

    static boolean isStatic(Method method) {
        return Modifier.isStatic(method.getModifiers());
    }

    /** The parameter names, from the class file's local variable table. */
    static List<String> parameterNames(Method method) {
        return NAMES.computeIfAbsent(method, Contexts::readParameterNames);
    }

    private static List<String> readParameterNames(Method method) {
        Map<Integer, String> bySlot = new TreeMap<>();
        String descriptor = net.bytebuddy.jar.asm.Type.getMethodDescriptor(method);
        readClass(method.getDeclaringClass(), new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String desc, String signature, String[] exceptions) {
                if (!name.equals(method.getName()) || !desc.equals(descriptor)) {
                    return null;
                }
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitLocalVariable(String local, String localDescriptor, String localSignature, Label start,
                            Label end, int slot) {
                        bySlot.putIfAbsent(slot, local);
                    }
                };
            }
        });
        List<String> names = new ArrayList<>();
        int slot = isStatic(method) ? 0 : 1;
        for (Class<?> type : method.getParameterTypes()) {
            String name = bySlot.get(slot);
            if (name == null) {
                throw new IllegalStateException(method + " has no debug information for slot " + slot);
            }
            names.add(name);
            slot += type == long.class || type == double.class ? 2 : 1;
        }
        return List.copyOf(names);
    }

    /** The parameters as source: {@code java.util.List<dev...Line> lines, int n}. */
    static String sourceParameters(Method method) {
        List<String> names = parameterNames(method);
        Type[] types = method.getGenericParameterTypes();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < types.length; i++) {
            text.append(i == 0 ? "" : ", ").append(types[i].getTypeName().replace('$', '.')).append(' ').append(names.get(i));
        }
        return text.toString();
    }

    private static void readClass(Class<?> type, ClassVisitor visitor) {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            new ClassReader(in.readAllBytes()).accept(visitor, ClassReader.SKIP_FRAMES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Method> index() {
        Map<String, Method> index = new LinkedHashMap<>();
        for (Class<?> fixture : FIXTURES) {
            for (Method method : fixture.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && method.getReturnType() == void.class
                        && index.put(method.getName(), method) != null) {
                    throw new IllegalStateException("two context methods named " + method.getName());
                }
            }
        }
        return index;
    }
}
