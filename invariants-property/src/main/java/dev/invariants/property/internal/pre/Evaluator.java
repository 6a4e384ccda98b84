package dev.invariants.property.internal.pre;

import dev.invariants.junit.spi.syntax.Node;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

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

    Object evaluate(Bound bound) {
        return evaluate(bound.expression());
    }

    private Object evaluate(Node expression) {
        Object value = atom(expression);
        if (value instanceof TypeName) {
            throw new Unsupported("a type is not a value: " + expression);
        }
        return value;
    }

    private Object atom(Node expression) {
        if (expression instanceof Node.Parens parenthesized) {
            return evaluate(parenthesized.expression());
        }
        if (expression instanceof Node.Literal literal) {
            return literal.value();
        }
        if (expression instanceof Node.This self && self.qualifier() == null) {
            return requireReceiver();
        }
        String[] qualified = qualifiedName(expression);
        if (qualified != null) {
            return name(qualified);
        }
        if (expression instanceof Node.Select access) {
            return field(atom(access.target()), access.name());
        }
        if (expression instanceof Node.Call call) {
            Object[] arguments = call.arguments().stream().map(this::evaluate).toArray();
            Object target = call.target() == null ? (receiver == null ? new TypeName(owner) : receiver) : atom(call.target());
            return invoke(target, call.name(), arguments);
        }
        if (expression instanceof Node.Unary unary) {
            if (unary.operand() instanceof Node.Literal literal && literal.negatedMinimum()) {
                return literal.value(); // -2147483648: the literal already carries the negated value
            }
            return Arithmetic.unary(unary.operator(), evaluate(unary.operand()));
        }
        if (expression instanceof Node.Binary binary) {
            return Arithmetic.binary(binary.operator(), evaluate(binary.left()), evaluate(binary.right()));
        }
        throw new Unsupported(expression.getClass().getSimpleName() + ": " + expression);
    }

    /**
     * {@code a}, {@code a.b.c}: a chain of names, whose first part may be a parameter, a field or a type (then
     * {@code b} may be a nested type or a field); {@code null} for anything else.
     */
    private static String[] qualifiedName(Node expression) {
        List<String> identifiers = new ArrayList<>();
        Node current = expression;
        while (current instanceof Node.Select select) {
            identifiers.add(0, select.name());
            current = select.target();
        }
        if (!(current instanceof Node.Name name)) {
            return null;
        }
        identifiers.add(0, name.identifier());
        return identifiers.toArray(String[]::new);
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
                if (method.getName().equals(name) && Arguments.accepts(method.getParameterTypes(), arguments)
                        && isStatic == Modifier.isStatic(method.getModifiers())
                        && (Modifier.isPublic(method.getModifiers()) || c == owner || type == owner)) {
                    try {
                        method.setAccessible(true);
                        return method.invoke(isStatic ? null : target, arguments);
                    } catch (InvocationTargetException thrown) {
                        // the method's own exception says why, not the reflective wrapper around it
                        throw new Unsupported("calling " + name + " failed: " + thrown.getCause());
                    } catch (IllegalAccessException | RuntimeException failed) {
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
