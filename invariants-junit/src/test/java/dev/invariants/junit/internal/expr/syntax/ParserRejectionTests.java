package dev.invariants.junit.internal.expr.syntax;

import static dev.invariants.junit.internal.expr.syntax.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.junit.spi.syntax.ExpressionError;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ParserRejectionTests {

    @Nested
    @DisplayName("should reject what changes state, at the operator")
    class StateChanges {

        @Test
        @DisplayName("should reject = and every compound assignment, wherever it stands")
        void assignments() {
            String reads = "`=` assigns; an invariant only reads";
            assertRejected("value = 1", 6, 7, reads, "did you mean `==`?");
            assertRejected("f(x = 1)", 4, 5, reads, "did you mean `==`?");
            assertRejected("a > 0 && b = 1", 11, 12, reads, "did you mean `==`?");
            assertRejected("x -> x = 1", 7, 8, reads, "did you mean `==`?");
            assertRejected("a == = b", 5, 6, reads, "did you mean `==`?");
            assertRejected("a += 1", 2, 4, "`+=` assigns; an invariant only reads",
                    "write the value without assigning it: a + b");
            assertRejected("a >>>= 1", 2, 6, "`>>>=` assigns; an invariant only reads",
                    "write the value without assigning it: a >>> b");
            for (String operator : ExpressionParser.ASSIGNMENTS) {
                String text = "a " + operator + " 1";
                assertRejected(text, 2, 2 + operator.length(), "`" + operator + "` assigns; an invariant only reads");
            }
        }

        @Test
        @DisplayName("should reject ++ and -- before and after the operand")
        void increments() {
            assertRejected("x++", 1, 3, "`++` changes its operand; an invariant only reads",
                    "write x + 1 for the value without changing x");
            assertRejected("++x", 0, 2, "`++` changes its operand; an invariant only reads",
                    "write x + 1 for the value without changing x");
            assertRejected("a.b[0]-- > 0", 6, 8, "`--` changes its operand; an invariant only reads",
                    "write x - 1 for the value without changing x");
        }
    }

    @Nested
    @DisplayName("should reject what is not one expression")
    class NotAnExpression {

        @Test
        @DisplayName("should reject an empty expression")
        void empty() {
            String hint = "write a boolean expression, such as result >= 0";
            assertRejected("", 0, 1, "illegal start of expression: the expression is empty", hint);
            assertRejected("   ", 0, 3, "illegal start of expression: the expression is empty", hint);
            assertRejected("/* nothing */", 0, 13, "illegal start of expression: the expression is empty", hint);
        }

        @Test
        @DisplayName("should reject statements, semicolons and block lambdas")
        void statements() {
            assertRejected("result >= 0;", 11, 12, "';' not expected: an invariant is one expression, not a statement",
                    "remove the `;`");
            assertRejected("a; b", 1, 2, "';' not expected: an invariant is one expression, not a statement",
                    "remove the `;`");
            assertRejected("if (result > 0) return true;", 0, 2,
                    "illegal start of expression: `if` begins a statement, and an invariant is one expression",
                    "write a conditional expression: condition ? whenTrue : whenFalse");
            assertRejected("return x > 0;", 0, 6,
                    "illegal start of expression: `return` begins a statement, and an invariant is one expression",
                    "write only the value: `x > 0` rather than `return x > 0;`");
            assertRejected("for (x : xs) x > 0", 0, 3,
                    "illegal start of expression: `for` begins a statement, and an invariant is one expression",
                    "check every element with a stream: items.stream().allMatch(x -> ...)");
            assertRejected("switch (x) { default -> 1; }", 0, 6,
                    "illegal start of expression: `switch` is not supported in an invariant",
                    "write a conditional expression: condition ? whenTrue : whenFalse");
            String block = "a lambda body in an invariant must be an expression, not a block";
            String expression = "write x -> x > 0 rather than x -> { return x > 0; }";
            assertRejected("xs.stream().allMatch(x -> { return x > 0; }) && ok", 26, 43, block, expression);
            assertRejected("x -> {", 5, 6, block, expression);
        }

        @Test
        @DisplayName("should reject what follows a complete expression")
        void trailing() {
            assertRejected("a < b c", 6, 7, "end of expression expected, found `c`", "is an operator missing before `c`?");
            assertRejected("result > 0)", 10, 11, "unexpected `)`: no `(` is open here",
                    "remove it, or add the matching `(`");
            assertRejected("this(1)", 4, 5, "end of expression expected, found `(`",
                    "is an operator missing before `(`?");
            assertRejected("a + x -> x", 6, 8, "lambda expression not expected here",
                    "a lambda can only be a method argument, a cast operand or a whole expression");
            assertRejected("(x) -> x + (y) -> y", 15, 17, "lambda expression not expected here",
                    "a lambda can only be a method argument, a cast operand or a whole expression");
        }
    }

    @Nested
    @DisplayName("should reject a missing or misplaced operand as javac words it")
    class Operands {

        @Test
        @DisplayName("should say illegal start of expression, right after the last token when the text ends")
        void illegalStart() {
            assertRejected("result >", 8, 9, "illegal start of expression: the expression ends after `>`",
                    "complete the expression after `>`");
            assertRejected("result >   ", 8, 9, "illegal start of expression: the expression ends after `>`",
                    "complete the expression after `>`");
            assertRejected("result > > 0", 9, 10, "illegal start of expression: `>` cannot start an operand",
                    "an operand is missing between `>` and `>`");
            assertRejected("value >>> > 1", 10, 11, "illegal start of expression: `>` cannot start an operand",
                    "an operand is missing between `>>>` and `>`");
            assertRejected("f(a,)", 4, 5, "illegal start of expression: an argument is missing after `,`",
                    "remove the `,` or add the argument");
            assertRejected("()", 1, 2, "illegal start of expression: `()` holds no expression",
                    "an empty pair of parentheses is only a call's argument list, as in old(x) or size()");
            assertRejected("{1}", 0, 1, "illegal start of expression: `{` cannot start an expression",
                    "an array is written new int[] {1, 2}; a block cannot be part of an invariant");
            assertRejected("@Foo x", 0, 1, "illegal start of expression: annotations cannot appear in an invariant",
                    null);
            assertRejected("(List<String>) -x", 15, 16,
                    "illegal start of expression: a cast to List<String> cannot be followed by `-`",
                    "put the operand in parentheses: (List<String>) (-x)");
            assertRejected("f()[]", 4, 5, "illegal start of expression: `[]` needs an index",
                    "write a[0] for an element; only a type can be followed by []");
        }

        @Test
        @DisplayName("should reject keywords used as names")
        void keywords() {
            assertRejected("class > 0", 0, 5, "illegal start of expression: `class` is a keyword, not a name",
                    "x.getClass() gives an object's class, Foo.class names a class");
            assertRejected("a + default", 4, 11,
                    "illegal start of expression: `default` begins a statement, and an invariant is one expression",
                    "write a conditional expression: condition ? whenTrue : whenFalse");
            assertRejected("goto + 1", 0, 4, "illegal start of expression: `goto` is a keyword, not a name",
                    "a Java keyword cannot be used as a name");
            assertRejected("_", 0, 1, "illegal start of expression: `_` is a keyword", "since Java 9, `_` cannot be a name");
            assertRejected("a.if", 2, 4, "<identifier> expected: a member name after `.`, found the keyword `if`",
                    "a Java keyword cannot be used as a name");
            assertRejected("x instanceof Foo int", 17, 20, "end of expression expected, found `int`",
                    "is an operator missing before `int`?");
        }

        @Test
        @DisplayName("should say <identifier> expected where a name is missing")
        void identifiers() {
            assertRejected("text. == null", 6, 8, "<identifier> expected: a member name after `.`, found `==`", null);
            assertRejected("a.", 2, 3, "<identifier> expected: a member name after `.` at the end of the expression",
                    null);
            assertRejected("a::", 3, 4,
                    "<identifier> expected: a method name or `new` after `::` at the end of the expression", null);
            assertRejected("a::1", 3, 4, "<identifier> expected: a method name or `new` after `::`, found `1`", null);
            assertRejected("a instanceof", 12, 13, "<identifier> expected: a type name at the end of the expression",
                    null);
            assertRejected("x instanceof final Foo", 22, 23,
                    "<identifier> expected: the name of the pattern variable at the end of the expression", null);
            assertRejected("a().class", 4, 9, "<identifier> expected: `class` can only follow a type name",
                    "x.getClass() gives an object's class, Foo.class names a class");
            assertRejected("f().this", 4, 8, "<identifier> expected: `this` can only follow a type name", null);
        }
    }

    @Nested
    @DisplayName("should reject unbalanced brackets at the token where the closing one is missing")
    class Brackets {

        @Test
        @DisplayName("should say which bracket is expected and which opening one is not closed")
        void unbalanced() {
            assertRejected("(result > 0", 11, 12, "')' expected at the end of the expression",
                    "close the `(` at character 1");
            assertRejected("((a) && (b)", 11, 12, "')' expected at the end of the expression",
                    "close the `(` at character 1");
            assertRejected("f(a b)", 4, 5, "')' expected, found `b`",
                    "separate the arguments with `,` and close the call's `(` at character 2");
            assertRejected("f(", 2, 3, "illegal start of expression: the expression ends after `(`",
                    "complete the expression after `(`");
            assertRejected("a[1", 3, 4, "']' expected at the end of the expression", "close the index `[` at character 2");
            assertRejected("a ? b", 5, 6, "':' expected at the end of the expression",
                    "a conditional is written condition ? whenTrue : whenFalse");
            assertRejected("new int[] {1, 2", 15, 16, "'}' expected at the end of the expression",
                    "separate the elements with `,` and close the `{` at character 11");
            assertRejected("new int[] {1 2}", 13, 14, "'}' expected, found `2`",
                    "separate the elements with `,` and close the `{` at character 11");
            assertRejected("a > 0 ) && (b", 6, 7, "unexpected `)`: no `(` is open here",
                    "remove it, or add the matching `(`");
        }
    }

    @Nested
    @DisplayName("should reject the Java an invariant does not support, saying so")
    class Unsupported {

        @Test
        @DisplayName("should reject super, qualified new, anonymous classes and record patterns")
        void constructs() {
            assertRejected("super.x", 0, 5, "`super` is not supported in an invariant",
                    "reach the inherited member through `this`, unless it is overridden");
            assertRejected("a.super.x", 2, 7, "`super` is not supported in an invariant",
                    "reach the inherited member through `this`, unless it is overridden");
            assertRejected("super::x", 0, 5, "`super::` method references are not supported in an invariant",
                    "write a method reference on this instead: this::name");
            assertRejected("a.new B()", 2, 5, "qualified `new` (outer.new Inner()) is not supported in an invariant",
                    null);
            assertRejected("new Foo() {}", 10, 11, "anonymous classes are not supported in an invariant",
                    "write a lambda for a functional interface, or call a method that creates the object");
            assertRejected("x instanceof Point(int a)", 18, 19, "record patterns are not supported in an invariant",
                    "test the type and read the components: o instanceof Point p && p.x() > 0");
            assertRejected("Foo::<T>bar", 5, 6, "type arguments on a method reference are not supported in an invariant",
                    "write a lambda instead");
            assertRejected("new <T>Foo()", 4, 5,
                    "type arguments before a constructor's type are not supported in an invariant",
                    "write the type arguments after the type: new Foo<String>()");
            assertRejected("new Outer<A>.Inner()", 9, 12,
                    "type arguments on an outer type (Outer<A>.Inner) are not supported",
                    "name the inner type on its own: Outer.Inner<...>");
        }

        @Test
        @DisplayName("should reject lambda parameters Java rejects")
        void lambdaParameters() {
            assertRejected("(a, int b) -> a", 1, 2,
                    "invalid lambda parameter declaration: cannot mix implicitly-typed and explicitly-typed parameters",
                    "give every parameter a type, or none");
            assertRejected("(String... s) -> s", 7, 10, "'...' not expected: a lambda parameter cannot be varargs",
                    "declare it as an array: String[] values");
        }

        @Test
        @DisplayName("should reject malformed creation and class literals as javac does")
        void creation() {
            assertRejected("new int()", 7, 8, "'[' expected, found `(`", "a primitive is created as an array: new int[size]");
            assertRejected("new Foo", 7, 8, "'(' expected at the end of the expression",
                    "a constructor call needs its arguments: new Foo()");
            assertRejected("new int[]", 9, 10, "array dimension missing",
                    "give a size, as in new int[3], or the elements, as in new int[] {1, 2, 3}");
            assertRejected("new int[2] {1, 2}", 11, 12,
                    "array creation with both dimension expression and initialization is illegal",
                    "leave out the size: new int[] {1, 2}");
            assertRejected("new int[] {{1}}", 11, 12, "illegal initializer for int", "a nested `{ }` needs an array of arrays");
            assertRejected("int x", 4, 5, "'.class' expected, found `x`", "the type int can only be followed by .class");
            assertRejected("a[] + 1", 4, 5, "'.class' expected, found `+`",
                    "the type a[] can only be followed by .class or ::");
            assertRejected("x.<String>foo", 13, 14, "'(' expected at the end of the expression",
                    "type arguments stand before a method call only");
        }
    }

    @Test
    @DisplayName("should reject an expression nested too deeply for the parser, rather than crash")
    void tooDeep() {
        String text = "(".repeat(200_000) + "a" + ")".repeat(200_000);
        assertRejected(text, 0, text.length(), "expression too deeply nested to compile", "split it with a helper method");
        String deepButFine = "(".repeat(200) + "a" + ")".repeat(200);
        assertThat(TreeShape.of(deepButFine)).isEqualTo("P(".repeat(200) + "a" + ")".repeat(200));
    }

    @Test
    @DisplayName("should leave old() to attribution: it parses as a call without arguments")
    void emptyOld() throws ExpressionError {
        assertThat(TreeShape.of("old() == result")).isEqualTo("(old() == result)");
    }
}
