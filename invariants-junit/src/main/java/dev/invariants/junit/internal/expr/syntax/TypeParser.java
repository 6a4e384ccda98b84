package dev.invariants.junit.internal.expr.syntax;

import dev.invariants.junit.spi.syntax.ExpressionError;
import dev.invariants.junit.spi.syntax.Node.TypeRef;
import dev.invariants.junit.spi.syntax.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Types as written in an expression (JLS 4.1, 8.3): in casts, {@code instanceof}, {@code new}, lambda
 * parameters, type arguments and before {@code ::}. Type arguments stand on the last name only
 * ({@code Map.Entry<K, V>}); {@code Outer<A>.Inner} is rejected.
 */
final class TypeParser {

    static final Set<String> PRIMITIVES = Set.of("boolean", "byte", "short", "int", "long", "char", "float", "double");

    private final Cursor cursor;

    TypeParser(Cursor cursor) {
        this.cursor = cursor;
    }

    static boolean isPrimitive(Token token) {
        return token.kind() == Token.Kind.KEYWORD && PRIMITIVES.contains(token.text());
    }

    /** A primitive or class type with its {@code []}s. */
    TypeRef type() throws ExpressionError {
        TypeRef type = isPrimitive(cursor.peek()) ? primitive() : classType(false);
        return withDimensions(type, dimensions());
    }

    /** {@code int}, no dimensions. */
    TypeRef primitive() throws ExpressionError {
        Token token = cursor.next();
        return new TypeRef(token.text(), List.of(), false, 0, null, false, token.start(), token.end());
    }

    /** {@code a.b.C<T>} without dimensions; {@code diamondAllowed} for {@code new}. */
    TypeRef classType(boolean diamondAllowed) throws ExpressionError {
        Token first = identifier("a type name");
        StringBuilder name = new StringBuilder(first.text());
        int end = first.end();
        while (cursor.at(".") && cursor.peek(1).isIdentifier()) {
            cursor.next();
            Token part = cursor.next();
            name.append('.').append(part.text());
            end = part.end();
        }
        if (!cursor.at("<")) {
            return new TypeRef(name.toString(), List.of(), false, 0, null, false, first.start(), end);
        }
        Token open = cursor.peek();
        if (diamondAllowed && cursor.peek(1).is(">")) {
            cursor.next();
            Token close = cursor.next();
            return new TypeRef(name.toString(), List.of(), true, 0, null, false, first.start(), close.end());
        }
        List<TypeRef> arguments = typeArguments();
        end = cursor.previous().end();
        if (cursor.at(".") && cursor.peek(1).isIdentifier()) {
            throw SyntaxErrors.outerTypeArguments(open.start(), end);
        }
        return new TypeRef(name.toString(), arguments, false, 0, null, false, first.start(), end);
    }

    /** {@code <A, ? extends B>}, at least one argument. */
    List<TypeRef> typeArguments() throws ExpressionError {
        cursor.next();
        List<TypeRef> arguments = new ArrayList<>();
        do {
            arguments.add(typeArgument());
        } while (cursor.accept(","));
        cursor.splitGreater();
        if (!cursor.accept(">")) {
            throw SyntaxErrors.expected(">", cursor.peek(), "close the type arguments with `>`");
        }
        return List.copyOf(arguments);
    }

    private TypeRef typeArgument() throws ExpressionError {
        if (!cursor.at("?")) {
            return type();
        }
        Token question = cursor.next();
        boolean isExtends = cursor.at("extends");
        if (!isExtends && !cursor.at("super")) {
            return new TypeRef("?", List.of(), false, 0, null, false, question.start(), question.end());
        }
        cursor.next();
        TypeRef bound = type();
        return new TypeRef("?", List.of(), false, 0, bound, !isExtends, question.start(), bound.end());
    }

    /** How many {@code []} pairs follow. */
    int dimensions() {
        int dimensions = 0;
        while (cursor.at("[") && cursor.peek(1).is("]")) {
            cursor.next();
            cursor.next();
            dimensions++;
        }
        return dimensions;
    }

    /** {@code type} with {@code more} dimensions, ending at the last {@code ]} read. */
    TypeRef withDimensions(TypeRef type, int more) {
        if (more == 0) {
            return type;
        }
        return new TypeRef(type.name(), type.arguments(), type.diamond(), type.dimensions() + more, type.bound(),
                type.superBound(), type.start(), cursor.previous().end());
    }

    private Token identifier(String what) throws ExpressionError {
        Token token = cursor.peek();
        if (!token.isIdentifier()) {
            throw SyntaxErrors.identifierExpected(token, what);
        }
        return cursor.next();
    }
}
