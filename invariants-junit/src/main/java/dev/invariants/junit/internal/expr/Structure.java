package dev.invariants.junit.internal.expr;

import dev.invariants.junit.spi.syntax.Node;
import dev.invariants.junit.spi.syntax.Nodes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Where an expression uses what its attribute does not offer: {@code result} (a name no parameter or
 * lambda parameter declares) and {@code old(...)}. Asked only when attribution failed, to tell the
 * user in the words they know ({@code `result` is only available in `post`}) rather than as an unknown name.
 */
final class Structure {

    private Structure() {}

    /** The first unqualified {@code result} not declared by {@code parameters} or a lambda, or {@code null}. */
    static Node.Name result(Node expression, List<String> parameters) {
        return find(expression, new HashSet<>(parameters));
    }

    /** The first {@code old(...)}, or {@code null}. */
    static Node.Call old(Node expression) {
        List<Node.Call> found = new ArrayList<>();
        walk(expression, node -> {
            if (node instanceof Node.Call call && call.target() == null && call.name().equals("old")) {
                found.add(call);
            }
        });
        return found.isEmpty() ? null : found.get(0);
    }

    private static Node.Name find(Node node, Set<String> bound) {
        if (node instanceof Node.Name name && name.identifier().equals("result") && !bound.contains("result")) {
            return name;
        }
        Set<String> inner = bound;
        if (node instanceof Node.Lambda lambda) {
            inner = new HashSet<>(bound);
            for (Node.Parameter parameter : lambda.parameters()) {
                inner.add(parameter.name());
            }
        }
        for (Node child : children(node)) {
            Node.Name found = find(child, inner);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static void walk(Node node, Consumer<Node> visitor) {
        visitor.accept(node);
        for (Node child : children(node)) {
            walk(child, visitor);
        }
    }

    static List<Node> children(Node node) {
        return Nodes.children(node);
    }
}
