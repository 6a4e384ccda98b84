package dev.invariants.property.internal.pre;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import org.codehaus.janino.Java;

/**
 * Evaluates the bound side of a comparison during generation: literals, parameters generated so far,
 * the receiver's fields and methods, static constants, and arithmetic. Anything else is
 * {@link Unsupported}, and the comparison is then left to filtering.
 */
final class Evaluator {
    private static final String[] IMPLICIT_PACKAGES = {"java.lang.", "java.util.", "java.math.", "java.time."};

    private final Class<?> owner;
    private final Object receiver;
    private final Map<String, Object> values;

    Evaluator(Class<?> owner, Object receiver, Map<String, Object> values) {
        this.owner = owner;
        this.receiver = receiver;
        this.values = values;
    }

    static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    private record TypeName(Class<?> type) {
    }

    Object evaluate(Java.Rvalue expression) {
        Object value = atom(expression);
        if (value instanceof TypeName) {
            throw new Unsupported("a type is not a value: " + expression);
        }
        return value;
    }

    private Object atom(Java.Atom expression) {
        if (expression instanceof Java.ParenthesizedExpression parenthesized) {
            return evaluate(parenthesized.value);
        }
        if (expression instanceof Java.Literal literal) {
            return Literals.value(literal);
        }
        if (expression instanceof Java.ThisReference) {
            return requireReceiver();
        }
        if (expression instanceof Java.AmbiguousName name) {
            return name(Arrays.copyOf(name.identifiers, name.n));
        }
        if (expression instanceof Java.FieldAccessExpression access) {
            return field(atom(access.lhs), access.fieldName);
        }
        if (expression instanceof Java.MethodInvocation call) {
            Object[] arguments = Arrays.stream(call.arguments).map(this::evaluate).toArray();
            Object target = call.target == null ? (receiver == null ? new TypeName(owner) : receiver) : atom(call.target);
            return invoke(target, call.methodName, arguments);
        }
        if (expression instanceof Java.UnaryOperation unary) {
            return Arithmetic.unary(unary.operator, evaluate(unary.operand));
        }
        if (expression instanceof Java.BinaryOperation binary) {
            return Arithmetic.binary(binary.operator, evaluate(binary.lhs), evaluate(binary.rhs));
        }
        throw new Unsupported(expression.getClass().getSimpleName() + ": " + expression);
    }

    private Object name(String[] identifiers) {
        String first = identifiers[0];
        Object value;
        int used = 1;
        if (values.containsKey(first)) {
            value = values.get(first);
        } else if (receiver != null && findField(receiver.getClass(), first) != null) {
            value = field(receiver, first);
        } else if (findField(owner, first) != null) {
            value = field(new TypeName(owner), first);
        } else {
            value = null;
            used = 0;
            for (int i = identifiers.length; i >= 1 && used == 0; i--) {
                Class<?> type = type(String.join(".", Arrays.copyOf(identifiers, i)));
                if (type != null) {
                    value = new TypeName(type);
                    used = i;
                }
            }
            if (used == 0) {
                throw new Unsupported("unknown name " + first);
            }
        }
        for (int i = used; i < identifiers.length; i++) {
            value = field(value, identifiers[i]);
        }
        return value;
    }

    private Class<?> type(String name) {
        for (Class<?> enclosing = owner; enclosing != null; enclosing = enclosing.getEnclosingClass()) {
            Class<?> nested = load(enclosing.getName() + "$" + name.replace('.', '$'));
            if (nested != null) {
                return nested;
            }
        }
        Class<?> found = load(owner.getPackageName() + "." + name);
        for (int i = 0; found == null && i < IMPLICIT_PACKAGES.length; i++) {
            found = load(IMPLICIT_PACKAGES[i] + name);
        }
        return found != null ? found : load(name);
    }

    private Class<?> load(String name) {
        try {
            return Class.forName(name, false, owner.getClassLoader());
        } catch (ClassNotFoundException | LinkageError absent) {
            return null;
        }
    }

    private Object field(Object target, String name) {
        boolean isStatic = target instanceof TypeName;
        Class<?> type = isStatic ? ((TypeName) target).type() : requireValue(target).getClass();
        if (!isStatic && target.getClass().isArray() && name.equals("length")) {
            return java.lang.reflect.Array.getLength(target);
        }
        Field field = findField(type, name);
        if (field == null || isStatic != Modifier.isStatic(field.getModifiers())) {
            throw new Unsupported("no field " + name + " in " + type.getName());
        }
        try {
            field.setAccessible(true);
            return field.get(isStatic ? null : target);
        } catch (IllegalAccessException | RuntimeException inaccessible) {
            throw new Unsupported("cannot read " + name + ": " + inaccessible);
        }
    }

    private Object invoke(Object target, String name, Object[] arguments) {
        boolean isStatic = target instanceof TypeName;
        Class<?> type = isStatic ? ((TypeName) target).type() : requireValue(target).getClass();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                if (method.getName().equals(name) && Literals.accepts(method.getParameterTypes(), arguments)
                        && isStatic == Modifier.isStatic(method.getModifiers())
                        && (Modifier.isPublic(method.getModifiers()) || c == owner || type == owner)) {
                    try {
                        method.setAccessible(true);
                        return method.invoke(isStatic ? null : target, arguments);
                    } catch (InvocationTargetException | IllegalAccessException | RuntimeException failed) {
                        throw new Unsupported("calling " + name + " failed: " + failed);
                    }
                }
            }
        }
        throw new Unsupported("no method " + name + " on " + type.getName());
    }

    private static Field findField(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getName().equals(name)) {
                    return field;
                }
            }
        }
        return null;
    }

    private Object requireReceiver() {
        if (receiver == null) {
            throw new Unsupported("no receiver");
        }
        return receiver;
    }

    private static Object requireValue(Object value) {
        if (value == null) {
            throw new Unsupported("null dereference");
        }
        return value;
    }
}
