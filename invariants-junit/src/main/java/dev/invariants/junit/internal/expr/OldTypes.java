package dev.invariants.junit.internal.expr;

import dev.invariants.junit.internal.expr.Tokens.Kind;
import dev.invariants.junit.internal.expr.Tokens.Token;
import dev.invariants.junit.internal.weave.ClassInfo;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import net.bytebuddy.jar.asm.Type;

/**
 * The static type of an {@code old(...)} value, needed to keep it between entry and exit: a
 * parameter, a field, {@code this}, or a chain of field reads and method calls on one of them
 * ({@code old(items.size())}). Anything else is kept as {@code Object}, which compiles wherever the
 * value is only compared with {@code equals}.
 */
final class OldTypes {

    private static final Type OBJECT = Type.getType(Object.class);

    private OldTypes() {}

    static Type infer(String text, List<String> names, Type[] arguments, Map<ClassInfo.Field, String> fields,
            String selfInternalName, ClassLoader loader) {
        List<Token> tokens = Tokens.of(text);
        if (tokens.isEmpty() || tokens.get(0).kind() != Kind.IDENTIFIER) {
            return OBJECT;
        }
        String first = tokens.get(0).text();
        Type current = null;
        int index = names.indexOf(first);
        if (index >= 0) {
            current = arguments[index];
        } else if (first.equals("self$")) {
            current = Type.getObjectType(selfInternalName);
        } else {
            for (Map.Entry<ClassInfo.Field, String> entry : fields.entrySet()) {
                if (entry.getValue().equals(first)) {
                    current = Type.getType(entry.getKey().descriptor());
                }
            }
        }
        if (current == null) {
            return OBJECT;
        }
        int i = 1;
        try {
            while (i < tokens.size()) {
                if (!tokens.get(i).is(".") || i + 1 >= tokens.size()) {
                    return OBJECT;
                }
                String member = tokens.get(i + 1).text();
                i += 2;
                if (i < tokens.size() && tokens.get(i).is("(")) {
                    int[] arityAndEnd = arguments(tokens, i);
                    current = methodType(classOf(current, loader), member, arityAndEnd[0]);
                    i = arityAndEnd[1] + 1;
                } else if (current.getSort() == Type.ARRAY && member.equals("length")) {
                    current = Type.INT_TYPE;
                } else {
                    current = fieldType(classOf(current, loader), member);
                }
                if (current == null) {
                    return OBJECT;
                }
            }
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return OBJECT;
        }
        return current;
    }

    private static Class<?> classOf(Type type, ClassLoader loader) throws ClassNotFoundException {
        if (type.getSort() != Type.OBJECT && type.getSort() != Type.ARRAY) {
            throw new ClassNotFoundException(type.getClassName());
        }
        return Class.forName(type.getSort() == Type.ARRAY ? type.getDescriptor().replace('/', '.')
                : type.getClassName(), false, loader);
    }

    private static int[] arguments(List<Token> tokens, int open) {
        int depth = 0;
        int arity = 0;
        for (int i = open; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.is("(")) {
                depth++;
            } else if (token.is(")")) {
                if (--depth == 0) {
                    return new int[] {i == open + 1 ? 0 : arity + 1, i};
                }
            } else if (token.is(",") && depth == 1) {
                arity++;
            }
        }
        throw new IllegalArgumentException("unbalanced");
    }

    private static Type methodType(Class<?> type, String name, int arity) {
        Deque<Class<?>> queue = new ArrayDeque<>(List.of(type));
        while (!queue.isEmpty()) {
            Class<?> current = queue.poll();
            for (Method method : current.getDeclaredMethods()) {
                if (method.getName().equals(name) && method.getParameterCount() == arity && !method.isBridge()) {
                    return Type.getType(method.getReturnType());
                }
            }
            if (current.getSuperclass() != null) {
                queue.add(current.getSuperclass());
            }
            queue.addAll(List.of(current.getInterfaces()));
        }
        return null;
    }

    private static Type fieldType(Class<?> type, String name) {
        for (Class<?> current = type; current != null; current = current.getSuperclass()) {
            for (Field field : current.getDeclaredFields()) {
                if (field.getName().equals(name)) {
                    return Type.getType(field.getType());
                }
            }
        }
        return null;
    }
}
