package dev.invariants.junit.internal.expr.syntax;

import dev.invariants.junit.spi.syntax.ExpressionError;
import dev.invariants.junit.spi.syntax.Node.Call;
import dev.invariants.junit.spi.syntax.Node.ClassLiteral;
import dev.invariants.junit.spi.syntax.Node.Index;
import dev.invariants.junit.spi.syntax.Node.Literal;
import dev.invariants.junit.spi.syntax.Node.MethodRef;
import dev.invariants.junit.spi.syntax.Node.Name;
import dev.invariants.junit.spi.syntax.Node.Parens;
import dev.invariants.junit.spi.syntax.Node.Select;
import dev.invariants.junit.spi.syntax.Node.This;
import dev.invariants.junit.spi.syntax.Node.TypeRef;
import dev.invariants.junit.spi.syntax.Node;
import java.util.List;

/**
 * Primaries and the selectors after them (JLS 15.8 to 15.13): literals, names, calls, {@code this},
 * parentheses, class literals, field access, array access and method references. Instance creation is
 * {@link CreationParser}'s.
 */
final class PrimaryParser {

    private final Cursor cursor;
    private final TypeParser types;
    private final ExpressionParser expressions;
    private final CreationParser creations;

    PrimaryParser(Cursor cursor, TypeParser types, ExpressionParser expressions) {
        this.cursor = cursor;
        this.types = types;
        this.expressions = expressions;
        this.creations = new CreationParser(cursor, types, expressions);
    }

    Node primary() throws ExpressionError {
        Token token = cursor.peek();
        switch (token.kind()) {
            case LITERAL:
                cursor.next();
                if (token.minimum()) {
                    throw SyntaxErrors.minimumLiteral(token);
                }
                return new Literal(token.literalKind(), token.value(), false, token.start(), token.end());
            case IDENTIFIER:
                cursor.next();
                if (cursor.at("(")) {
                    List<Node> arguments = expressions.arguments();
                    return new Call(null, List.of(), token.text(), arguments, token.start(), token.start(),
                            cursor.previous().end());
                }
                return new Name(token.text(), token.start(), token.end());
            case KEYWORD:
                return keyword(token);
            case OPERATOR:
                if (token.is("(")) {
                    cursor.next();
                    Node inner = expressions.expression();
                    if (!cursor.at(")")) {
                        throw SyntaxErrors.unclosedParenthesis(token, cursor.peek());
                    }
                    return new Parens(inner, token.start(), cursor.next().end());
                }
                throw SyntaxErrors.illegalStart(token, cursor.previous());
            default:
                throw SyntaxErrors.illegalStart(token, cursor.previous());
        }
    }

    private Node keyword(Token token) throws ExpressionError {
        if (token.is("this")) {
            cursor.next();
            return new This(null, token.start(), token.end());
        }
        if (token.is("new")) {
            return creations.creation();
        }
        if (token.is("super")) {
            throw SyntaxErrors.superNotSupported(token, cursor.peek(1).is("::"));
        }
        if (TypeParser.isPrimitive(token) || token.is("void")) {
            TypeRef type = types.primitive();
            if (!token.is("void")) {
                type = types.withDimensions(type, types.dimensions());
            }
            if (type.dimensions() > 0 && cursor.at("::")) {
                return methodReference(null, type);
            }
            if (!cursor.at(".") || !cursor.peek(1).is("class")) {
                throw SyntaxErrors.classLiteralExpected(type, cursor.peek());
            }
            cursor.next();
            return new ClassLiteral(type, type.start(), cursor.next().end());
        }
        throw SyntaxErrors.keywordAsExpression(token);
    }

    /** Selectors, as long as there are any: {@code .name}, {@code .m()}, {@code [i]}, {@code ::m}. */
    Node postfix(Node primary) throws ExpressionError {
        Node node = primary;
        while (true) {
            if (cursor.at(".")) {
                node = dot(node);
            } else if (cursor.at("[")) {
                node = cursor.peek(1).is("]") ? arrayType(node) : index(node);
            } else if (cursor.at("::")) {
                node = methodReference(node, null);
            } else if (cursor.at("<") && dottedName(node) != null) {
                Node reference = genericMethodReference(node);
                if (reference == null) {
                    return node;
                }
                node = reference;
            } else if (cursor.at("++") || cursor.at("--")) {
                throw SyntaxErrors.increment(cursor.peek());
            } else {
                return node;
            }
        }
    }

    private Node dot(Node target) throws ExpressionError {
        Token dot = cursor.next();
        Token token = cursor.peek();
        if (token.isIdentifier()) {
            cursor.next();
            if (cursor.at("(")) {
                List<Node> arguments = expressions.arguments();
                return new Call(target, List.of(), token.text(), arguments, token.start(), target.start(),
                        cursor.previous().end());
            }
            return new Select(target, token.text(), token.start(), target.start(), token.end());
        }
        if (token.is("<")) {
            List<TypeRef> typeArguments = types.typeArguments();
            Token name = cursor.peek();
            if (!name.isIdentifier()) {
                throw SyntaxErrors.identifierExpected(name, "the name of the method");
            }
            cursor.next();
            if (!cursor.at("(")) {
                throw SyntaxErrors.expected("(", cursor.peek(), "type arguments stand before a method call only");
            }
            List<Node> arguments = expressions.arguments();
            return new Call(target, typeArguments, name.text(), arguments, name.start(), target.start(),
                    cursor.previous().end());
        }
        String dotted = dottedName(target);
        if (token.is("class") || token.is("this")) {
            if (dotted == null) {
                throw SyntaxErrors.needsTypeName(token);
            }
            cursor.next();
            TypeRef type = new TypeRef(dotted, List.of(), false, 0, null, false, target.start(), target.end());
            return token.is("class") ? new ClassLiteral(type, target.start(), token.end())
                    : new This(type, target.start(), token.end());
        }
        if (token.is("new")) {
            throw SyntaxErrors.qualifiedNew(token);
        }
        if (token.is("super")) {
            throw SyntaxErrors.superNotSupported(token, cursor.peek(1).is("::"));
        }
        throw SyntaxErrors.identifierExpected(token, "a member name after `.`");
    }

    private Node index(Node array) throws ExpressionError {
        Token open = cursor.next();
        Node index = expressions.expression();
        if (!cursor.at("]")) {
            throw SyntaxErrors.expected("]", cursor.peek(), "close the index `[` at character " + (open.start() + 1));
        }
        return new Index(array, index, array.start(), cursor.next().end());
    }

    /** {@code Name[]} ...: only a type can have empty brackets, and only {@code .class} or {@code ::} may follow. */
    private Node arrayType(Node element) throws ExpressionError {
        String dotted = dottedName(element);
        if (dotted == null) {
            throw SyntaxErrors.emptyIndex(cursor.peek(1));
        }
        TypeRef type = new TypeRef(dotted, List.of(), false, 0, null, false, element.start(), element.end());
        type = types.withDimensions(type, types.dimensions());
        if (cursor.at("::")) {
            return methodReference(null, type);
        }
        if (!cursor.at(".") || !cursor.peek(1).is("class")) {
            throw SyntaxErrors.classLiteralExpected(type, cursor.peek());
        }
        cursor.next();
        return new ClassLiteral(type, type.start(), cursor.next().end());
    }

    /**
     * {@code List<String>::size}, {@code Map.Entry<K, V>[]::new}: tried when a name is followed by {@code <},
     * and abandoned (returning {@code null}, the cursor where it was) unless a {@code ::} follows the type.
     */
    private Node genericMethodReference(Node name) throws ExpressionError {
        Cursor.Mark mark = cursor.mark();
        TypeRef type;
        try {
            List<TypeRef> arguments = types.typeArguments();
            type = new TypeRef(dottedName(name), arguments, false, 0, null, false, name.start(),
                    cursor.previous().end());
            type = types.withDimensions(type, types.dimensions());
        } catch (ExpressionError notAType) {
            cursor.reset(mark);
            return null;
        }
        if (!cursor.at("::")) {
            cursor.reset(mark);
            return null;
        }
        return methodReference(null, type);
    }

    private Node methodReference(Node expression, TypeRef type) throws ExpressionError {
        cursor.next();
        if (cursor.at("<")) {
            throw SyntaxErrors.methodReferenceTypeArguments(cursor.peek());
        }
        Token name = cursor.peek();
        if (!name.isIdentifier() && !name.is("new")) {
            throw SyntaxErrors.identifierExpected(name, "a method name or `new` after `::`");
        }
        cursor.next();
        int start = expression != null ? expression.start() : type.start();
        return new MethodRef(expression, type, name.text(), start, name.end());
    }

    /** {@code a.b.C} as one dotted name when {@code node} is only names and selections, else {@code null}. */
    static String dottedName(Node node) {
        if (node instanceof Name name) {
            return name.identifier();
        }
        if (node instanceof Select select) {
            String target = dottedName(select.target());
            return target == null ? null : target + "." + select.name();
        }
        return null;
    }
}
