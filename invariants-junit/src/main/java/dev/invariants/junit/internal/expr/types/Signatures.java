package dev.invariants.junit.internal.expr.types;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Parses descriptors and generic signatures (JVMS 4.7.9.1) into {@link JavaType}s. Type variables
 * resolve against the declaration's own type parameters first, then the enclosing scope; one that
 * resolves nowhere (an inconsistent class file) becomes a fresh unbounded variable.
 */
final class Signatures {

    /** A parsed class signature. */
    record ClassSignature(List<TypeVar> typeParameters, ClassType superclass, List<ClassType> interfaces) {}

    /** A parsed method signature. */
    record MethodSignature(List<TypeVar> typeParameters, List<JavaType> parameterTypes, JavaType returnType) {}

    private final TypeModel model;
    private final String text;
    private final Function<String, TypeVar> outer;
    private final Map<String, TypeVar> own = new LinkedHashMap<>();
    private int pos;

    private Signatures(TypeModel model, String text, Function<String, TypeVar> outer) {
        this.model = model;
        this.text = text;
        this.outer = outer;
    }

    static JavaType fieldType(TypeModel model, String text, Function<String, TypeVar> scope) {
        return new Signatures(model, text, scope).type();
    }

    static ClassSignature type(TypeModel model, String text, Function<String, TypeVar> scope, String declarer) {
        Signatures parser = new Signatures(model, text, scope);
        List<TypeVar> parameters = parser.typeParameters(declarer);
        ClassType superclass = (ClassType) parser.type();
        List<ClassType> interfaces = new ArrayList<>();
        while (parser.pos < text.length()) {
            interfaces.add((ClassType) parser.type());
        }
        return new ClassSignature(parameters, superclass, List.copyOf(interfaces));
    }

    static MethodSignature method(TypeModel model, String text, Function<String, TypeVar> scope, String declarer) {
        Signatures parser = new Signatures(model, text, scope);
        List<TypeVar> parameters = parser.typeParameters(declarer);
        parser.expect('(');
        List<JavaType> parameterTypes = new ArrayList<>();
        while (parser.peek() != ')') {
            parameterTypes.add(parser.type());
        }
        parser.expect(')');
        JavaType returnType = parser.type();
        return new MethodSignature(parameters, List.copyOf(parameterTypes), returnType);
    }

    private List<TypeVar> typeParameters(String declarer) {
        if (pos >= text.length() || text.charAt(pos) != '<') {
            return List.of();
        }
        // names first: a bound may name a parameter declared after it (<T extends Comparable<U>, U>).
        List<Integer> boundStarts = new ArrayList<>();
        int scan = pos + 1;
        while (text.charAt(scan) != '>') {
            int colon = text.indexOf(':', scan);
            String name = text.substring(scan, colon);
            own.put(name, TypeVar.declared(name, declarer));
            boundStarts.add(colon);
            scan = colon;
            while (text.charAt(scan) == ':') {
                scan++;
                if (text.charAt(scan) != ':') {
                    scan = skip(scan);
                }
            }
        }
        List<TypeVar> result = new ArrayList<>(own.values());
        for (int i = 0; i < result.size(); i++) {
            pos = boundStarts.get(i);
            List<JavaType> bounds = new ArrayList<>();
            while (text.charAt(pos) == ':') {
                pos++;
                if (text.charAt(pos) != ':') {
                    bounds.add(type());
                }
            }
            result.get(i).bounds(bounds);
        }
        pos = scan + 1;
        return List.copyOf(result);
    }

    /** The index after the field type signature starting at {@code at}. */
    private int skip(int at) {
        int i = at;
        while (text.charAt(i) == '[') {
            i++;
        }
        char c = text.charAt(i);
        if (c == 'T') {
            return text.indexOf(';', i) + 1;
        }
        if (c != 'L') {
            return i + 1;
        }
        int depth = 0;
        for (i++;; i++) {
            char d = text.charAt(i);
            if (d == '<') {
                depth++;
            } else if (d == '>') {
                depth--;
            } else if (d == ';' && depth == 0) {
                return i + 1;
            }
        }
    }

    private JavaType type() {
        char c = text.charAt(pos++);
        switch (c) {
            case '[':
                return new ArrayType(type());
            case 'T': {
                int end = text.indexOf(';', pos);
                String name = text.substring(pos, end);
                pos = end + 1;
                return variable(name);
            }
            case 'L':
                return classType();
            default:
                PrimitiveType primitive = PrimitiveType.ofDescriptor(c);
                if (primitive == null) {
                    throw new IllegalArgumentException("bad signature " + text + " at " + (pos - 1));
                }
                return primitive;
        }
    }

    private TypeVar variable(String name) {
        TypeVar found = own.get(name);
        if (found == null && outer != null) {
            found = outer.apply(name);
        }
        if (found == null) {
            found = TypeVar.declared(name, "?");
            own.put(name, found);
        }
        return found;
    }

    private ClassType classType() {
        StringBuilder name = new StringBuilder();
        List<JavaType> arguments = List.of();
        while (true) {
            char c = text.charAt(pos);
            if (c == ';') {
                pos++;
                return new ClassType(model.symbol(name.toString()), arguments);
            }
            if (c == '<') {
                arguments = typeArguments();
            } else if (c == '.') {
                // Outer<T>.Inner: the inner class's binary name; the outer arguments are not kept.
                name.append('$');
                arguments = List.of();
                pos++;
            } else {
                name.append(c);
                pos++;
            }
        }
    }

    private List<JavaType> typeArguments() {
        expect('<');
        List<JavaType> arguments = new ArrayList<>();
        while (peek() != '>') {
            char c = peek();
            if (c == '*') {
                pos++;
                arguments.add(Wildcard.UNBOUNDED);
            } else if (c == '+' || c == '-') {
                pos++;
                arguments.add(new Wildcard(type(), c == '-'));
            } else {
                arguments.add(type());
            }
        }
        expect('>');
        return List.copyOf(arguments);
    }

    private char peek() {
        return text.charAt(pos);
    }

    private void expect(char c) {
        if (text.charAt(pos) != c) {
            throw new IllegalArgumentException("bad signature " + text + ": expected " + c + " at " + pos);
        }
        pos++;
    }
}
