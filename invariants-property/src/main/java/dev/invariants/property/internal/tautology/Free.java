package dev.invariants.property.internal.tautology;

import dev.invariants.junit.spi.InvariantsRuntime;
import dev.invariants.junit.spi.syntax.ExpressionError;
import dev.invariants.junit.spi.syntax.Node;
import dev.invariants.junit.spi.syntax.Nodes;
import dev.invariants.property.spi.InvariantDescriptor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A {@code post} rewritten over free variables: {@code old(x)} becomes the variable {@code old$x},
 * {@code this.x} the variable {@code x} (when a parameter is also named {@code x}, the field's are
 * {@code this$x} and {@code old$this$x}), and
 * every parameter, instance field and {@code result} it names a variable of the standalone expression.
 * The rewriting works on the parsed tree, replacing exactly the characters of those nodes, so a string
 * literal or a lambda's own parameter is never taken for a name. {@code null} when the expression reads
 * anything else of the object: a method of {@code this}, {@code this} itself, {@code old} of anything
 * but a name.
 *
 * @param names the variables, the {@code old} ones first, each once
 * @param types their types, generic as declared
 */
record Free(String expression, List<String> names, List<Type> types) {

    Free {
        names = List.copyOf(names);
        types = List.copyOf(types);
    }

    static Free of(InvariantDescriptor invariant, Type result) {
        Node tree;
        try {
            tree = InvariantsRuntime.current().parse(invariant.post());
        } catch (ExpressionError unparsable) {
            return null;
        }
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
        Rewriting rewriting = new Rewriting(invariant.owner(), known, bindings(tree));
        if (!rewriting.visit(tree, Set.of())) {
            return null;
        }
        if (rewriting.olds.isEmpty() && rewriting.variables.isEmpty()
                && !(tree instanceof Node.Literal literal && Boolean.TRUE.equals(literal.value()))) {
            return null;
        }
        Map<String, Type> all = new LinkedHashMap<>(rewriting.olds);
        all.putAll(rewriting.variables);
        return new Free(rewriting.apply(invariant.post()), new ArrayList<>(all.keySet()), new ArrayList<>(all.values()));
    }

    /** The names {@code instanceof} patterns bind, anywhere: taken as bound everywhere, which errs towards not judging. */
    private static Set<String> bindings(Node tree) {
        Set<String> found = new HashSet<>();
        Nodes.walk(tree, node -> {
            if (node instanceof Node.InstanceOf test && test.binding() != null) {
                found.add(test.binding());
            }
        });
        return found;
    }

    private record Edit(int end, String text) {
    }

    /** One walk over the tree: the variables it reads and the text replacements that make them free. */
    private static final class Rewriting {
        private final Class<?> owner;
        private final Map<String, Type> known;
        private final Set<String> patternBindings;
        final Map<String, Type> olds = new LinkedHashMap<>();
        final Map<String, Type> variables = new LinkedHashMap<>();
        private final TreeMap<Integer, Edit> edits = new TreeMap<>();

        Rewriting(Class<?> owner, Map<String, Type> known, Set<String> patternBindings) {
            this.owner = owner;
            this.known = known;
            this.patternBindings = patternBindings;
        }

        /** @return false when the expression reads what cannot be substituted */
        boolean visit(Node node, Set<String> lambdaParameters) {
            if (node instanceof Node.Call call && call.target() == null && call.name().equals("old")) {
                return call.arguments().size() == 1 && old(call);
            }
            if (node instanceof Node.Call call && call.target() == null) {
                // a static helper of the class is a function of its arguments; a method of this reads the object
                return isStaticMethod(call.name()) && all(call.arguments(), lambdaParameters);
            }
            if (node instanceof Node.Select select && select.target() instanceof Node.This self) {
                return self.qualifier() == null && thisField(select);
            }
            if (node instanceof Node.This) {
                return false;
            }
            if (node instanceof Node.Name name) {
                name(name, lambdaParameters);
                return true;
            }
            if (node instanceof Node.Lambda lambda) {
                Set<String> inner = new HashSet<>(lambdaParameters);
                lambda.parameters().forEach(p -> inner.add(p.name()));
                return visit(lambda.body(), inner);
            }
            return all(Nodes.children(node), lambdaParameters);
        }

        private boolean all(List<Node> nodes, Set<String> lambdaParameters) {
            for (Node child : nodes) {
                if (!visit(child, lambdaParameters)) {
                    return false;
                }
            }
            return true;
        }

        private boolean old(Node.Call call) {
            Node argument = call.arguments().get(0);
            String variable;
            Type type;
            if (argument instanceof Node.Name simple) {
                String name = simple.identifier();
                variable = "old$" + name;
                type = known.containsKey(name) ? known.get(name) : instanceField(owner, name);
            } else if (argument instanceof Node.Select select && select.target() instanceof Node.This self
                    && self.qualifier() == null) {
                variable = known.containsKey(select.name()) ? "old$this$" + select.name() : "old$" + select.name();
                type = instanceField(owner, select.name());
            } else {
                return false;
            }
            if (type == null) {
                return false;
            }
            olds.putIfAbsent(variable, type);
            replace(call, variable);
            return true;
        }

        private boolean thisField(Node.Select select) {
            String name = select.name();
            Type field = instanceField(owner, name);
            if (field != null) {
                String variable = known.containsKey(name) ? "this$" + name : name;
                variables.putIfAbsent(variable, field);
                replace(select, variable);
                return true;
            }
            if (staticField(owner, name) != null) {
                replace(select, name);
                return true;
            }
            return false;
        }

        private void name(Node.Name name, Set<String> lambdaParameters) {
            String identifier = name.identifier();
            if (lambdaParameters.contains(identifier) || patternBindings.contains(identifier)) {
                return;
            }
            if (known.containsKey(identifier)) {
                variables.putIfAbsent(identifier, known.get(identifier));
                return;
            }
            Type field = instanceField(owner, identifier);
            if (field != null) {
                variables.putIfAbsent(identifier, field);
            }
            // anything else (a static field, a type, a package) compiles as it is, or the post is not judged
        }

        /** The replaced nodes never nest: the walk does not descend into one it replaces. */
        private void replace(Node node, String text) {
            edits.put(node.start(), new Edit(node.end(), text));
        }

        String apply(String source) {
            StringBuilder rewritten = new StringBuilder();
            int position = 0;
            for (Map.Entry<Integer, Edit> edit : edits.entrySet()) {
                rewritten.append(source, position, edit.getKey()).append(edit.getValue().text());
                position = edit.getValue().end();
            }
            return rewritten.append(source.substring(position)).toString();
        }

        private boolean isStaticMethod(String name) {
            boolean found = false;
            for (Class<?> type = owner; type != null; type = type.getSuperclass()) {
                for (Method method : type.getDeclaredMethods()) {
                    if (method.getName().equals(name)) {
                        if (!Modifier.isStatic(method.getModifiers())) {
                            return false;
                        }
                        found = true;
                    }
                }
            }
            return found;
        }
    }

    private static Type instanceField(Class<?> owner, String name) {
        Field field = field(owner, name);
        return field == null || Modifier.isStatic(field.getModifiers()) ? null : field.getGenericType();
    }

    private static Field staticField(Class<?> owner, String name) {
        Field field = field(owner, name);
        return field != null && Modifier.isStatic(field.getModifiers()) ? field : null;
    }

    private static Field field(Class<?> owner, String name) {
        for (Class<?> type = owner; type != null; type = type.getSuperclass()) {
            try {
                return type.getDeclaredField(name);
            } catch (NoSuchFieldException ignored) {
                // look further up
            }
        }
        return null;
    }
}
