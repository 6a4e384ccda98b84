package dev.invariants.junit.spi.syntax;

import java.util.List;

/**
 * An invariant expression as written: the Java expression grammar, untyped. Every node knows the
 * characters it spans in the expression text ({@code start} inclusive, {@code end} exclusive), so a
 * definition error can put a caret under the offending token. Names are not resolved here: {@code a.b.c}
 * is a chain of {@link Select}s over a {@link Name}, whatever {@code a} turns out to be (variable,
 * field, type or package). {@code old(e)} is an ordinary unqualified {@link Call}.
 */
public sealed interface Node {

    int start();

    int end();

    /** What kind of literal a {@link Literal} is. */
    enum LiteralKind { INT, LONG, FLOAT, DOUBLE, CHAR, STRING, BOOLEAN, NULL }

    /**
     * A literal. {@code value} is an {@code Integer}, {@code Long}, {@code Float}, {@code Double},
     * {@code Character}, {@code String}, {@code Boolean}, or {@code null}; escapes are decoded.
     * {@code 2147483648} and {@code 9223372036854775808L} appear only as the operand of a unary minus
     * (the parser rejects them elsewhere) and carry {@code Integer.MIN_VALUE} / {@code Long.MIN_VALUE}
     * with {@code negatedMinimum} set: the minus node above them yields the value unchanged.
     */
    record Literal(LiteralKind kind, Object value, boolean negatedMinimum, int start, int end) implements Node {}

    /** A simple name: a variable, field, type or the first part of a package name. */
    record Name(String identifier, int start, int end) implements Node {}

    /** {@code target.name}: a field, a nested type, a package part, or {@code array.length}. */
    record Select(Node target, String name, int nameStart, int start, int end) implements Node {}

    /**
     * {@code target.<typeArguments>name(arguments)}, or an unqualified {@code name(arguments)} when
     * {@code target} is {@code null}; {@code typeArguments} is empty when none were written.
     */
    record Call(Node target, List<TypeRef> typeArguments, String name, List<Node> arguments, int nameStart, int start,
            int end) implements Node {}

    /** {@code new Type(arguments)}; {@code type} may have empty diamond arguments ({@link TypeRef#diamond}). */
    record New(TypeRef type, List<Node> arguments, int start, int end) implements Node {}

    /**
     * {@code new int[n][m][]} ({@code dimensions} the sized ones, {@code type.dimensions()} all of them) or
     * {@code new int[] {1, 2}} ({@code initializer} non-null, {@code dimensions} empty). A nested initializer,
     * {@code {1}} in {@code new int[][] {{1}}}, is a {@code NewArray} of the component type ({@code int[]}) spanning
     * its braces, its type keeping the outer type's span. {@code type} spans from the element type to the last
     * {@code ]}, sizes included ({@code int[n][]}).
     */
    record NewArray(TypeRef type, List<Node> dimensions, List<Node> initializer, int start, int end) implements Node {}

    /** A prefix operator: {@code +}, {@code -}, {@code !}, {@code ~}. */
    record Unary(String operator, Node operand, int start, int end) implements Node {}

    /**
     * An infix operator: {@code * / % + - << >> >>> < <= > >= == != & ^ | && ||}, with Java's
     * precedence and left associativity already applied by the parser.
     */
    record Binary(String operator, Node left, Node right, int operatorStart, int start, int end) implements Node {}

    /** {@code condition ? whenTrue : whenFalse}. */
    record Conditional(Node condition, Node whenTrue, Node whenFalse, int start, int end) implements Node {}

    /** {@code expression instanceof Type}, or with a pattern {@code expression instanceof Type binding}. */
    record InstanceOf(Node expression, TypeRef type, String binding, int start, int end) implements Node {}

    /** {@code (Type) expression}. */
    record Cast(TypeRef type, Node expression, int start, int end) implements Node {}

    /** {@code array[index]}. */
    record Index(Node array, Node index, int start, int end) implements Node {}

    /** {@code Type.class}, {@code int.class}, {@code String[].class}. */
    record ClassLiteral(TypeRef type, int start, int end) implements Node {}

    /** {@code this}, or {@code Outer.this} when {@code qualifier} is non-null. */
    record This(TypeRef qualifier, int start, int end) implements Node {}

    /** {@code ( expression )}: kept so that positions and messages show what the user wrote. */
    record Parens(Node expression, int start, int end) implements Node {}

    /** One lambda parameter; {@code type} is {@code null} when inferred ({@code x -> ...}). */
    record Parameter(String name, TypeRef type, int start, int end) {}

    /** An expression lambda: {@code x -> body}, {@code (a, b) -> body}, {@code (Line l) -> body}. Block bodies are rejected. */
    record Lambda(List<Parameter> parameters, Node body, int start, int end) implements Node {}

    /**
     * A method reference {@code target::name} ({@code name} is {@code "new"} for a constructor reference).
     * Exactly one of {@code expression} (a name or expression: {@code this::ok}, {@code Line::cents} before
     * resolution, {@code list::contains}) and {@code type} (written so that it can only be a type:
     * {@code int[]::new}, {@code List<String>::size}) is non-null.
     */
    record MethodRef(Node expression, TypeRef type, String name, int start, int end) implements Node {}

    /**
     * A type as written: {@code int}, {@code java.util.List<String>}, {@code Map.Entry<K, V>[]}, a wildcard
     * {@code ?}/{@code ? extends T}/{@code ? super T} (name {@code "?"}, {@code bound} and {@code superBound}).
     *
     * @param name       dotted name as written, a primitive keyword, or {@code "?"}
     * @param arguments  type arguments, empty when none were written
     * @param diamond    {@code <>} was written
     * @param dimensions number of {@code []}
     */
    record TypeRef(String name, List<TypeRef> arguments, boolean diamond, int dimensions, TypeRef bound,
            boolean superBound, int start, int end) {

        public boolean isWildcard() {
            return "?".equals(name);
        }
    }
}
