package dev.invariants.junit.internal.expr.attr;

import dev.invariants.junit.spi.syntax.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Java source for a syntax tree, when the text it was parsed from is not at hand: names the
 * {@code old(...)} values of an expression attributed without its text. Operators are parenthesised
 * where the tree was, so the result parses back to the same tree.
 */
final class Render {

    private Render() {}

    static String of(Node node) {
        if (node instanceof Node.Literal literal) {
            return literal(literal);
        }
        if (node instanceof Node.Name name) {
            return name.identifier();
        }
        if (node instanceof Node.Select select) {
            return of(select.target()) + "." + select.name();
        }
        if (node instanceof Node.Call call) {
            String typeArguments = call.typeArguments().isEmpty() ? "" : "<" + types(call.typeArguments()) + ">";
            String target = call.target() == null ? "" : of(call.target()) + ".";
            return target + typeArguments + call.name() + "(" + list(call.arguments()) + ")";
        }
        if (node instanceof Node.New creation) {
            return "new " + type(creation.type()) + "(" + list(creation.arguments()) + ")";
        }
        if (node instanceof Node.NewArray array) {
            StringBuilder text = new StringBuilder("new ").append(type(array.type()));
            for (Node each : array.dimensions()) {
                text.append('[').append(of(each)).append(']');
            }
            if (array.initializer() != null) {
                text.append(" {").append(list(array.initializer())).append('}');
            }
            return text.toString();
        }
        if (node instanceof Node.Unary unary) {
            return unary.operator() + of(unary.operand());
        }
        if (node instanceof Node.Binary binary) {
            return of(binary.left()) + " " + binary.operator() + " " + of(binary.right());
        }
        if (node instanceof Node.Conditional conditional) {
            return of(conditional.condition()) + " ? " + of(conditional.whenTrue()) + " : " + of(conditional.whenFalse());
        }
        if (node instanceof Node.InstanceOf test) {
            return of(test.expression()) + " instanceof " + type(test.type())
                    + (test.binding() == null ? "" : " " + test.binding());
        }
        if (node instanceof Node.Cast cast) {
            return "(" + type(cast.type()) + ") " + of(cast.expression());
        }
        if (node instanceof Node.Index index) {
            return of(index.array()) + "[" + of(index.index()) + "]";
        }
        if (node instanceof Node.ClassLiteral literal) {
            return type(literal.type()) + ".class";
        }
        if (node instanceof Node.This self) {
            return self.qualifier() == null ? "this" : type(self.qualifier()) + ".this";
        }
        if (node instanceof Node.Parens parens) {
            return "(" + of(parens.expression()) + ")";
        }
        if (node instanceof Node.Lambda lambda) {
            List<String> parameters = new ArrayList<>();
            for (Node.Parameter each : lambda.parameters()) {
                parameters.add(each.type() == null ? each.name() : type(each.type()) + " " + each.name());
            }
            String head = parameters.size() == 1 && lambda.parameters().get(0).type() == null ? parameters.get(0)
                    : "(" + String.join(", ", parameters) + ")";
            return head + " -> " + of(lambda.body());
        }
        Node.MethodRef ref = (Node.MethodRef) node;
        return (ref.expression() != null ? of(ref.expression()) : type(ref.type())) + "::" + ref.name();
    }

    private static String literal(Node.Literal literal) {
        Object value = literal.value();
        return switch (literal.kind()) {
            case LONG -> value + "L";
            case FLOAT -> value + "F";
            case CHAR -> "'" + escape(String.valueOf(value)) + "'";
            case STRING -> "\"" + escape((String) value) + "\"";
            case NULL -> "null";
            default -> String.valueOf(value);
        };
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\'' -> out.append("\\'");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String list(List<Node> nodes) {
        List<String> parts = new ArrayList<>();
        for (Node each : nodes) {
            parts.add(of(each));
        }
        return String.join(", ", parts);
    }

    static String type(Node.TypeRef ref) {
        StringBuilder text = new StringBuilder();
        if (ref.isWildcard()) {
            text.append('?');
            if (ref.bound() != null) {
                text.append(ref.superBound() ? " super " : " extends ").append(type(ref.bound()));
            }
            return text.toString();
        }
        text.append(ref.name());
        if (ref.diamond()) {
            text.append("<>");
        } else if (!ref.arguments().isEmpty()) {
            text.append('<').append(types(ref.arguments())).append('>');
        }
        text.append("[]".repeat(ref.dimensions()));
        return text.toString();
    }

    private static String types(List<Node.TypeRef> refs) {
        List<String> parts = new ArrayList<>();
        for (Node.TypeRef each : refs) {
            parts.add(type(each));
        }
        return String.join(", ", parts);
    }
}
