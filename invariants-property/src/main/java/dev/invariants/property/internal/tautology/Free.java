package dev.invariants.property.internal.tautology;

import dev.invariants.property.internal.gen.TypeGenerators;
import dev.invariants.property.spi.InvariantDescriptor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code post} rewritten over free variables: {@code old(name)} becomes {@code old$name}, {@code this.}
 * is dropped, and every parameter, field and {@code result} it names becomes a parameter of the
 * standalone expression. {@code null} when the expression reads anything else of the object.
 */
record Free(String expression, String[] names, Type[] types) {

    private static final Pattern OLD = Pattern.compile("\\bold\\s*\\(\\s*(?:this\\s*\\.\\s*)?([A-Za-z_$][\\w$]*)\\s*\\)");
    private static final Pattern IDENTIFIER = Pattern.compile("(\\.\\s*)?\\b([A-Za-z_$][\\w$]*)\\b(\\s*\\()?");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");

    Class<?>[] rawTypes() {
        Class<?>[] raw = new Class<?>[types.length];
        for (int i = 0; i < types.length; i++) {
            raw[i] = TypeGenerators.raw(types[i]);
        }
        return raw;
    }

    static Free of(InvariantDescriptor invariant, Type result) {
        String text = invariant.post().replaceAll("\\bthis\\s*\\.\\s*", "");
        if (text.contains("old") && text.replaceAll(OLD.pattern(), "").matches("(?s).*\\bold\\s*\\(.*")) {
            return null;
        }
        Map<String, Type> variables = new LinkedHashMap<>();
        Map<String, Type> known = new LinkedHashMap<>();
        if (invariant.member() != null) {
            Type[] parameters = invariant.member().getGenericParameterTypes();
            for (int i = 0; i < parameters.length; i++) {
                known.put(invariant.parameterNames().get(i), parameters[i]);
            }
        }
        if (result != null) {
            known.put("result", result);
        }
        Matcher old = OLD.matcher(text);
        StringBuilder rewritten = new StringBuilder();
        while (old.find()) {
            String name = old.group(1);
            Type type = known.containsKey(name) ? known.get(name) : instanceField(invariant.owner(), name);
            if (type == null) {
                return null;
            }
            variables.put("old$" + name, type);
            old.appendReplacement(rewritten, Matcher.quoteReplacement("old$" + name));
        }
        old.appendTail(rewritten);
        String expression = rewritten.toString();
        Matcher identifier = IDENTIFIER.matcher(STRING.matcher(expression).replaceAll("\"\""));
        while (identifier.find()) {
            boolean qualified = identifier.group(1) != null;
            boolean called = identifier.group(3) != null;
            String name = identifier.group(2);
            if (qualified || name.startsWith("old$") || Character.isUpperCase(name.charAt(0)) || keyword(name)) {
                continue;
            }
            if (called) {
                return null; // a method of this (or of the class): its value cannot be substituted
            }
            if (known.containsKey(name)) {
                variables.putIfAbsent(name, known.get(name));
                continue;
            }
            Type field = instanceField(invariant.owner(), name);
            if (field == null && staticField(invariant.owner(), name) == null) {
                return null;
            }
            if (field != null) {
                variables.putIfAbsent(name, field);
            }
        }
        if (variables.isEmpty() && !expression.strip().equals("true")) {
            return null;
        }
        List<String> names = new ArrayList<>(variables.keySet());
        return new Free(expression, names.toArray(String[]::new), variables.values().toArray(Type[]::new));
    }

    private static boolean keyword(String name) {
        return List.of("true", "false", "null", "instanceof", "new", "this", "int", "long", "double", "float",
                "short", "byte", "char", "boolean").contains(name);
    }

    private static Type instanceField(Class<?> owner, String name) {
        for (Class<?> type = owner; type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                return Modifier.isStatic(field.getModifiers()) ? null : field.getGenericType();
            } catch (NoSuchFieldException ignored) {
                // look further up
            }
        }
        return null;
    }

    private static Field staticField(Class<?> owner, String name) {
        for (Class<?> type = owner; type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                return Modifier.isStatic(field.getModifiers()) ? field : null;
            } catch (NoSuchFieldException ignored) {
                // look further up
            }
        }
        return null;
    }
}
