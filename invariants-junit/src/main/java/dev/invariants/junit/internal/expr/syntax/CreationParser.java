package dev.invariants.junit.internal.expr.syntax;

import dev.invariants.junit.spi.syntax.ExpressionError;
import dev.invariants.junit.spi.syntax.Node.New;
import dev.invariants.junit.spi.syntax.Node.NewArray;
import dev.invariants.junit.spi.syntax.Node.TypeRef;
import dev.invariants.junit.spi.syntax.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code new T(arguments)} (with type arguments or a diamond) and array creation, sized or initialized
 * (JLS 15.9, 15.10.1). Anonymous classes and qualified {@code outer.new} are rejected.
 */
final class CreationParser {

    private final Cursor cursor;
    private final TypeParser types;
    private final ExpressionParser expressions;

    CreationParser(Cursor cursor, TypeParser types, ExpressionParser expressions) {
        this.cursor = cursor;
        this.types = types;
        this.expressions = expressions;
    }

    /** The cursor is at {@code new}. */
    Node creation() throws ExpressionError {
        Token keyword = cursor.next();
        if (cursor.at("<")) {
            throw SyntaxErrors.constructorTypeArguments(cursor.peek());
        }
        boolean primitive = TypeParser.isPrimitive(cursor.peek());
        TypeRef type = primitive ? types.primitive() : types.classType(true);
        if (cursor.at("[")) {
            return array(keyword, type);
        }
        if (primitive || !cursor.at("(")) {
            throw SyntaxErrors.expected(primitive ? "[" : "(", cursor.peek(),
                    primitive ? "a primitive is created as an array: new " + type.name() + "[size]"
                            : "a constructor call needs its arguments: new " + type.name() + "()");
        }
        List<Node> arguments = expressions.arguments();
        int end = cursor.previous().end();
        if (cursor.at("{")) {
            throw SyntaxErrors.anonymousClass(cursor.peek());
        }
        return new New(type, arguments, keyword.start(), end);
    }

    private Node array(Token keyword, TypeRef element) throws ExpressionError {
        List<Node> sizes = new ArrayList<>();
        while (cursor.at("[") && !cursor.peek(1).is("]")) {
            cursor.next();
            sizes.add(expressions.expression());
            if (!cursor.accept("]")) {
                throw SyntaxErrors.expected("]", cursor.peek(), null);
            }
        }
        int empty = types.dimensions();
        if (empty > 0 && !sizes.isEmpty() && cursor.at("[")) {
            cursor.next(); // new int[2][][0]: once a dimension is left empty, the ones after it are too
            throw SyntaxErrors.expected("]", cursor.peek(), null);
        }
        TypeRef type = new TypeRef(element.name(), element.arguments(), element.diamond(), sizes.size() + empty,
                null, false, element.start(), cursor.previous().end());
        if (sizes.isEmpty()) {
            if (!cursor.at("{")) {
                throw SyntaxErrors.arrayDimensionMissing(cursor.peek());
            }
            return initializer(keyword.start(), type);
        }
        if (cursor.at("{")) {
            throw SyntaxErrors.dimensionsAndInitializer(cursor.peek());
        }
        return new NewArray(type, List.copyOf(sizes), null, keyword.start(), cursor.previous().end());
    }

    /**
     * {@code { a, b, }} for an array of {@code type}; a nested {@code { ... }} is a {@link NewArray} of the
     * component type spanning its braces.
     */
    private NewArray initializer(int start, TypeRef type) throws ExpressionError {
        Token open = cursor.next();
        List<Node> elements = new ArrayList<>();
        TypeRef component = new TypeRef(type.name(), type.arguments(), type.diamond(), type.dimensions() - 1, null,
                false, type.start(), type.end());
        while (!cursor.at("}")) {
            if (cursor.peek().isEnd()) {
                throw SyntaxErrors.unclosedInitializer(open, cursor.peek());
            }
            if (cursor.at("{")) {
                if (component.dimensions() == 0) {
                    throw SyntaxErrors.nestedInitializer(cursor.peek(), type);
                }
                elements.add(initializer(cursor.peek().start(), component));
            } else {
                elements.add(expressions.expression());
            }
            if (!cursor.accept(",") && !cursor.at("}")) {
                throw SyntaxErrors.unclosedInitializer(open, cursor.peek());
            }
        }
        return new NewArray(type, List.of(), List.copyOf(elements), start, cursor.next().end());
    }
}
