package dev.invariants.junit.internal.expr.syntax;

import dev.invariants.junit.spi.syntax.ExpressionError;
import dev.invariants.junit.spi.syntax.Node.Binary;
import dev.invariants.junit.spi.syntax.Node.Call;
import dev.invariants.junit.spi.syntax.Node.Cast;
import dev.invariants.junit.spi.syntax.Node.ClassLiteral;
import dev.invariants.junit.spi.syntax.Node.Conditional;
import dev.invariants.junit.spi.syntax.Node.Index;
import dev.invariants.junit.spi.syntax.Node.InstanceOf;
import dev.invariants.junit.spi.syntax.Node.Lambda;
import dev.invariants.junit.spi.syntax.Node.Literal;
import dev.invariants.junit.spi.syntax.Node.MethodRef;
import dev.invariants.junit.spi.syntax.Node.Name;
import dev.invariants.junit.spi.syntax.Node.New;
import dev.invariants.junit.spi.syntax.Node.NewArray;
import dev.invariants.junit.spi.syntax.Node.Parens;
import dev.invariants.junit.spi.syntax.Node.Select;
import dev.invariants.junit.spi.syntax.Node.This;
import dev.invariants.junit.spi.syntax.Node.TypeRef;
import dev.invariants.junit.spi.syntax.Node.Unary;
import dev.invariants.junit.spi.syntax.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A tree written out so that its shape can be compared with one written by hand: every operator node in
 * parentheses ({@code (a + (b * c))}), a {@link Parens} as {@code P(...)}, a type-only method reference
 * target in brackets ({@code [List<String>]::size}), a lambda in braces.
 */
final class TreeShape {

    private TreeShape() {}

    static String of(String expression) {
        try {
            return of(Parser.parse(expression));
        } catch (ExpressionError e) {
            throw new AssertionError(expression + " does not parse: " + e.getMessage() + " at " + e.start(), e);
        }
    }

    static String of(Node node) {
        if (node instanceof Literal literal) {
            Object value = literal.value();
            return switch (literal.kind()) {
                case STRING -> "\"" + value + "\"";
                case CHAR -> "'" + value + "'";
                case LONG -> value + "L";
                case FLOAT -> value + "f";
                case DOUBLE -> value + "d";
                default -> String.valueOf(value);
            };
        }
        if (node instanceof Name name) {
            return name.identifier();
        }
        if (node instanceof Select select) {
            return of(select.target()) + "." + select.name();
        }
        if (node instanceof Call call) {
            String typeArguments = call.typeArguments().isEmpty() ? "" : "<" + types(call.typeArguments()) + ">";
            String target = call.target() == null ? "" : of(call.target()) + ".";
            return target + typeArguments + call.name() + "(" + nodes(call.arguments()) + ")";
        }
        if (node instanceof New created) {
            return "new " + type(created.type()) + "(" + nodes(created.arguments()) + ")";
        }
        if (node instanceof NewArray array) {
            return newArray(array);
        }
        if (node instanceof Unary unary) {
            return "(" + unary.operator() + of(unary.operand()) + ")";
        }
        if (node instanceof Binary binary) {
            return "(" + of(binary.left()) + " " + binary.operator() + " " + of(binary.right()) + ")";
        }
        if (node instanceof Conditional conditional) {
            return "(" + of(conditional.condition()) + " ? " + of(conditional.whenTrue()) + " : "
                    + of(conditional.whenFalse()) + ")";
        }
        if (node instanceof InstanceOf test) {
            return "(" + of(test.expression()) + " instanceof " + type(test.type())
                    + (test.binding() == null ? "" : " " + test.binding()) + ")";
        }
        if (node instanceof Cast cast) {
            return "((" + type(cast.type()) + ") " + of(cast.expression()) + ")";
        }
        if (node instanceof Index index) {
            return of(index.array()) + "[" + of(index.index()) + "]";
        }
        if (node instanceof ClassLiteral literal) {
            return type(literal.type()) + ".class";
        }
        if (node instanceof This self) {
            return self.qualifier() == null ? "this" : type(self.qualifier()) + ".this";
        }
        if (node instanceof Parens parens) {
            return "P(" + of(parens.expression()) + ")";
        }
        if (node instanceof Lambda lambda) {
            String parameters = lambda.parameters().stream()
                    .map(p -> p.type() == null ? p.name() : type(p.type()) + " " + p.name())
                    .collect(Collectors.joining(", "));
            return "{(" + parameters + ") -> " + of(lambda.body()) + "}";
        }
        MethodRef reference = (MethodRef) node;
        String target = reference.expression() != null ? of(reference.expression()) : "[" + type(reference.type()) + "]";
        return target + "::" + reference.name();
    }

    private static String newArray(NewArray array) {
        TypeRef type = array.type();
        if (array.initializer() != null) {
            return "new " + type(type) + "{" + nodes(array.initializer()) + "}";
        }
        StringBuilder written = new StringBuilder("new ").append(type(withoutDimensions(type)));
        for (Node dimension : array.dimensions()) {
            written.append('[').append(of(dimension)).append(']');
        }
        written.append("[]".repeat(type.dimensions() - array.dimensions().size()));
        return written.toString();
    }

    static String type(TypeRef type) {
        String written;
        if (type.isWildcard()) {
            written = type.bound() == null ? "?" : "? " + (type.superBound() ? "super " : "extends ") + type(type.bound());
        } else {
            written = type.name() + (type.diamond() ? "<>" : type.arguments().isEmpty() ? ""
                    : "<" + types(type.arguments()) + ">");
        }
        return written + "[]".repeat(type.dimensions());
    }

    private static TypeRef withoutDimensions(TypeRef type) {
        return new TypeRef(type.name(), type.arguments(), type.diamond(), 0, type.bound(), type.superBound(),
                type.start(), type.end());
    }

    private static String nodes(List<Node> nodes) {
        return nodes.stream().map(TreeShape::of).collect(Collectors.joining(", "));
    }

    private static String types(List<TypeRef> types) {
        return types.stream().map(TreeShape::type).collect(Collectors.joining(", "));
    }

    /** Every node of the tree, {@code node} first. */
    static List<Node> all(Node node) {
        List<Node> found = new ArrayList<>();
        collect(node, found);
        return found;
    }

    private static void collect(Node node, List<Node> found) {
        if (node == null) {
            return;
        }
        found.add(node);
        for (Node child : children(node)) {
            collect(child, found);
        }
    }

    private static List<Node> children(Node node) {
        List<Node> children = new ArrayList<>();
        if (node instanceof Select select) {
            children.add(select.target());
        } else if (node instanceof Call call) {
            children.add(call.target());
            children.addAll(call.arguments());
        } else if (node instanceof New created) {
            children.addAll(created.arguments());
        } else if (node instanceof NewArray array) {
            children.addAll(array.dimensions());
            if (array.initializer() != null) {
                children.addAll(array.initializer());
            }
        } else if (node instanceof Unary unary) {
            children.add(unary.operand());
        } else if (node instanceof Binary binary) {
            children.add(binary.left());
            children.add(binary.right());
        } else if (node instanceof Conditional conditional) {
            children.add(conditional.condition());
            children.add(conditional.whenTrue());
            children.add(conditional.whenFalse());
        } else if (node instanceof InstanceOf test) {
            children.add(test.expression());
        } else if (node instanceof Cast cast) {
            children.add(cast.expression());
        } else if (node instanceof Index index) {
            children.add(index.array());
            children.add(index.index());
        } else if (node instanceof Parens parens) {
            children.add(parens.expression());
        } else if (node instanceof Lambda lambda) {
            children.add(lambda.body());
        } else if (node instanceof MethodRef reference) {
            children.add(reference.expression());
        }
        children.removeIf(child -> child == null);
        return children;
    }
}
