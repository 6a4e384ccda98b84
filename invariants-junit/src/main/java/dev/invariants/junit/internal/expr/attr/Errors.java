package dev.invariants.junit.internal.expr.attr;

import dev.invariants.junit.spi.syntax.ExpressionError;
import dev.invariants.junit.spi.syntax.Node;
import dev.invariants.junit.internal.expr.types.JavaType;
import dev.invariants.junit.internal.expr.types.NullType;
import dev.invariants.junit.internal.expr.types.Types;
import java.util.ArrayList;
import java.util.List;

/** Definition errors of attribution, worded as javac words them, each at the node at fault. */
final class Errors {

    private Errors() {}

    static ExpressionError at(Node node, String message, String hint) {
        return new ExpressionError(message, node.start(), node.end(), hint);
    }

    static ExpressionError at(int start, int end, String message, String hint) {
        return new ExpressionError(message, start, end, hint);
    }

    /** A type as messages name it: {@code java.util.List<com.acme.Line>}, {@code <null>}. */
    static String name(JavaType type) {
        return type == NullType.INSTANCE ? "<null>" : Types.display(type);
    }

    /** {@code (int,java.lang.String)}: argument types as {@code cannot find symbol} lists them. */
    static String arguments(List<JavaType> types) {
        List<String> names = new ArrayList<>();
        for (JavaType each : types) {
            names.add(each == null ? "<lambda>" : name(each));
        }
        return "(" + String.join(",", names) + ")";
    }
}
