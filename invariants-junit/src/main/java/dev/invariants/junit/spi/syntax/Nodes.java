package dev.invariants.junit.spi.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Walking a {@link Node} tree: its subexpressions in source order (types as written are not expressions). */
public final class Nodes {

    private Nodes() {}

    /** The direct subexpressions of {@code node}, in source order. */
    public static List<Node> children(Node node) {
        List<Node> children = new ArrayList<>();
        if (node instanceof Node.Select select) {
            children.add(select.target());
        } else if (node instanceof Node.Call call) {
            if (call.target() != null) {
                children.add(call.target());
            }
            children.addAll(call.arguments());
        } else if (node instanceof Node.New creation) {
            children.addAll(creation.arguments());
        } else if (node instanceof Node.NewArray array) {
            children.addAll(array.dimensions());
            if (array.initializer() != null) {
                children.addAll(array.initializer());
            }
        } else if (node instanceof Node.Unary unary) {
            children.add(unary.operand());
        } else if (node instanceof Node.Binary binary) {
            children.add(binary.left());
            children.add(binary.right());
        } else if (node instanceof Node.Conditional conditional) {
            children.add(conditional.condition());
            children.add(conditional.whenTrue());
            children.add(conditional.whenFalse());
        } else if (node instanceof Node.InstanceOf test) {
            children.add(test.expression());
        } else if (node instanceof Node.Cast cast) {
            children.add(cast.expression());
        } else if (node instanceof Node.Index index) {
            children.add(index.array());
            children.add(index.index());
        } else if (node instanceof Node.Parens parens) {
            children.add(parens.expression());
        } else if (node instanceof Node.Lambda lambda) {
            children.add(lambda.body());
        } else if (node instanceof Node.MethodRef reference && reference.expression() != null) {
            children.add(reference.expression());
        }
        return children;
    }

    /** {@code visitor} on {@code node} and every subexpression, outermost first. */
    public static void walk(Node node, Consumer<Node> visitor) {
        visitor.accept(node);
        for (Node child : children(node)) {
            walk(child, visitor);
        }
    }
}
