package dev.invariants.junit.internal.expr.syntax;

import static dev.invariants.junit.internal.expr.syntax.TreeShape.of;
import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.junit.spi.syntax.ExpressionError;
import dev.invariants.junit.spi.syntax.Node.Call;
import dev.invariants.junit.spi.syntax.Node.Cast;
import dev.invariants.junit.spi.syntax.Node.Lambda;
import dev.invariants.junit.spi.syntax.Node.MethodRef;
import dev.invariants.junit.spi.syntax.Node.Name;
import dev.invariants.junit.spi.syntax.Node.Parens;
import dev.invariants.junit.spi.syntax.Node.Select;
import dev.invariants.junit.spi.syntax.Node;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ParserTests {

    private static Node parse(String text) throws ExpressionError {
        return Parser.parse(text);
    }

    @Nested
    @DisplayName("should apply Java's precedence and associativity (JLS 15)")
    class Precedence {

        @Test
        @DisplayName("should bind multiplicative over additive over shift over relational over equality")
        void arithmeticLadder() {
            assertThat(of("a + b * c")).isEqualTo("(a + (b * c))");
            assertThat(of("a * b + c")).isEqualTo("((a * b) + c)");
            assertThat(of("a << b + c")).isEqualTo("(a << (b + c))");
            assertThat(of("a < b << c")).isEqualTo("(a < (b << c))");
            assertThat(of("a == b < c")).isEqualTo("(a == (b < c))");
            assertThat(of("a % b / c * d")).isEqualTo("(((a % b) / c) * d)");
        }

        @Test
        @DisplayName("should bind & over ^ over | over && over ||")
        void logicalLadder() {
            assertThat(of("a | b ^ c & d")).isEqualTo("(a | (b ^ (c & d)))");
            assertThat(of("a & b ^ c | d")).isEqualTo("(((a & b) ^ c) | d)");
            assertThat(of("a || b && c")).isEqualTo("(a || (b && c))");
            assertThat(of("a && b || c")).isEqualTo("((a && b) || c)");
            assertThat(of("a == b && c != d")).isEqualTo("((a == b) && (c != d))");
            assertThat(of("a | b && c")).isEqualTo("((a | b) && c)");
        }

        @Test
        @DisplayName("should associate binary operators to the left")
        void leftAssociative() {
            assertThat(of("a - b - c")).isEqualTo("((a - b) - c)");
            assertThat(of("a / b / c")).isEqualTo("((a / b) / c)");
            assertThat(of("a >>> b >> c << d")).isEqualTo("(((a >>> b) >> c) << d)");
            assertThat(of("a == b == c")).isEqualTo("((a == b) == c)");
            assertThat(of("a < b < c")).isEqualTo("((a < b) < c)");
            assertThat(of("a && b && c")).isEqualTo("((a && b) && c)");
        }

        @Test
        @DisplayName("should nest conditionals to the right and put them below ||")
        void conditional() {
            assertThat(of("a ? b : c ? d : e")).isEqualTo("(a ? b : (c ? d : e))");
            assertThat(of("a ? b ? c : d : e")).isEqualTo("(a ? (b ? c : d) : e)");
            assertThat(of("a || b ? c + 1 : d")).isEqualTo("((a || b) ? (c + 1) : d)");
        }

        @Test
        @DisplayName("should bind prefix operators tighter than binary ones")
        void unary() {
            assertThat(of("-a * b")).isEqualTo("((-a) * b)");
            assertThat(of("!a && b")).isEqualTo("((!a) && b)");
            assertThat(of("- -a")).isEqualTo("(-(-a))");
            assertThat(of("-~+a")).isEqualTo("(-(~(+a)))");
            assertThat(of("!a.b()")).isEqualTo("(!a.b())");
            assertThat(of("a - -b")).isEqualTo("(a - (-b))");
        }

        @Test
        @DisplayName("should put instanceof among the relational operators")
        void instanceOf() {
            assertThat(of("x instanceof Foo == true")).isEqualTo("((x instanceof Foo) == true)");
            assertThat(of("a + b instanceof String")).isEqualTo("((a + b) instanceof String)");
            assertThat(of("x instanceof Foo f && f.ok()")).isEqualTo("((x instanceof Foo f) && f.ok())");
            assertThat(of("x instanceof final Foo f")).isEqualTo("(x instanceof Foo f)");
            assertThat(of("x instanceof List<?> l")).isEqualTo("(x instanceof List<?> l)");
            assertThat(of("x instanceof int[]")).isEqualTo("(x instanceof int[])");
            assertThat(of("!(x instanceof Foo)")).isEqualTo("(!P((x instanceof Foo)))");
        }

        @Test
        @DisplayName("should read a >> b where no type argument list is open, and close nested ones on >>")
        void shiftsAndGenerics() {
            assertThat(of("a < b >> c")).isEqualTo("(a < (b >> c))");
            assertThat(of("a < b > c")).isEqualTo("((a < b) > c)");
            assertThat(of("f(i < n, j > 0)")).isEqualTo("f((i < n), (j > 0))");
            assertThat(of("(Map<String, List<Integer>>) m")).isEqualTo("((Map<String, List<Integer>>) m)");
            assertThat(of("(List<List<List<String>>>) m")).isEqualTo("((List<List<List<String>>>) m)");
        }
    }

    @Nested
    @DisplayName("should read primaries and selectors")
    class Primaries {

        @Test
        @DisplayName("should read qualified names as chains of Select, and .length as one too")
        void names() throws ExpressionError {
            Node chain = parse("a.b.c");
            assertThat(chain).isInstanceOf(Select.class);
            Select c = (Select) chain;
            assertThat(c.name()).isEqualTo("c");
            assertThat(((Select) c.target()).name()).isEqualTo("b");
            assertThat(((Select) c.target()).target()).isEqualTo(new Name("a", 0, 1));
            assertThat(of("values.length")).isEqualTo("values.length");
            assertThat(of("a[i].length")).isEqualTo("a[i].length");
        }

        @Test
        @DisplayName("should read calls, unqualified ones like old(x) too, with explicit type arguments")
        void calls() throws ExpressionError {
            assertThat(of("old(x)")).isEqualTo("old(x)");
            assertThat(of("old(a + b)")).isEqualTo("old((a + b))");
            assertThat(of("old()")).isEqualTo("old()");
            assertThat(of("a.b(c, d).e()")).isEqualTo("a.b(c, d).e()");
            assertThat(of("Collections.<String>emptyList()")).isEqualTo("Collections.<String>emptyList()");
            assertThat(of("Map.<String, List<Integer>>of()")).isEqualTo("Map.<String, List<Integer>>of()");
            assertThat(of("this.<T>m(x)")).isEqualTo("this.<T>m(x)");
            Call call = (Call) parse("old(x)");
            assertThat(call.target()).isNull();
            assertThat(call.typeArguments()).isEmpty();
        }

        @Test
        @DisplayName("should read array access, this, qualified this and class literals")
        void others() {
            assertThat(of("a[i][j + 1]")).isEqualTo("a[i][(j + 1)]");
            assertThat(of("f(x)[0].y")).isEqualTo("f(x)[0].y");
            assertThat(of("this")).isEqualTo("this");
            assertThat(of("this.x")).isEqualTo("this.x");
            assertThat(of("Outer.this.x")).isEqualTo("Outer.this.x");
            assertThat(of("a.b.Outer.this")).isEqualTo("a.b.Outer.this");
            assertThat(of("Foo.class")).isEqualTo("Foo.class");
            assertThat(of("java.util.List.class")).isEqualTo("java.util.List.class");
            assertThat(of("int.class")).isEqualTo("int.class");
            assertThat(of("void.class")).isEqualTo("void.class");
            assertThat(of("String[].class")).isEqualTo("String[].class");
            assertThat(of("int[][].class")).isEqualTo("int[][].class");
            assertThat(of("Foo.class.getName()")).isEqualTo("Foo.class.getName()");
        }

        @Test
        @DisplayName("should keep parentheses as Parens nodes")
        void parentheses() throws ExpressionError {
            assertThat(of("(a + b) * c")).isEqualTo("(P((a + b)) * c)");
            assertThat(of("((a))")).isEqualTo("P(P(a))");
            assertThat(of("(a).b")).isEqualTo("P(a).b");
            assertThat(of("(int.class)")).isEqualTo("P(int.class)");
            assertThat(parse("(x)")).isEqualTo(new Parens(new Name("x", 1, 2), 0, 3));
        }
    }

    @Nested
    @DisplayName("should tell casts from parenthesized expressions (JLS 15.16)")
    class Casts {

        @Test
        @DisplayName("should cast with a primitive type even before a sign, and subtract after (name)")
        void signs() {
            assertThat(of("(int) -b")).isEqualTo("((int) (-b))");
            assertThat(of("(int) +b")).isEqualTo("((int) (+b))");
            assertThat(of("(a) - b")).isEqualTo("(P(a) - b)");
            assertThat(of("(a) + b")).isEqualTo("(P(a) + b)");
            assertThat(of("(a.b) - c")).isEqualTo("(P(a.b) - c)");
        }

        @Test
        @DisplayName("should cast (Name) before a name, a literal, a parenthesis, ! and ~")
        void referenceCasts() {
            assertThat(of("(Name) x")).isEqualTo("((Name) x)");
            assertThat(of("(Name) (x)")).isEqualTo("((Name) P(x))");
            assertThat(of("(Name) !x")).isEqualTo("((Name) (!x))");
            assertThat(of("(Name) ~x")).isEqualTo("((Name) (~x))");
            assertThat(of("(String) null")).isEqualTo("((String) null)");
            assertThat(of("(Object) \"s\"")).isEqualTo("((Object) \"s\")");
            assertThat(of("(Foo) this")).isEqualTo("((Foo) this)");
            assertThat(of("(Foo) new Bar()")).isEqualTo("((Foo) new Bar())");
            assertThat(of("(java.util.List) x")).isEqualTo("((java.util.List) x)");
            assertThat(of("(Object) int.class")).isEqualTo("((Object) int.class)");
        }

        @Test
        @DisplayName("should cast to generic and array types, with wildcards")
        void typedCasts() {
            assertThat(of("(List<String>) x")).isEqualTo("((List<String>) x)");
            assertThat(of("(String[]) x")).isEqualTo("((String[]) x)");
            assertThat(of("(int[]) o")).isEqualTo("((int[]) o)");
            assertThat(of("(List<? extends Number>) x")).isEqualTo("((List<? extends Number>) x)");
            assertThat(of("(Map<?, ? super Integer>) m")).isEqualTo("((Map<?, ? super Integer>) m)");
            assertThat(of("(Map.Entry<K, V>[]) e")).isEqualTo("((Map.Entry<K, V>[]) e)");
        }

        @Test
        @DisplayName("should bind a cast tighter than binary operators and looser than selectors")
        void castPrecedence() {
            assertThat(of("(double) a / b")).isEqualTo("(((double) a) / b)");
            assertThat(of("(int) a.b")).isEqualTo("((int) a.b)");
            assertThat(of("(int) a[0]")).isEqualTo("((int) a[0])");
            assertThat(of("(long) (int) x")).isEqualTo("((long) ((int) x))");
            assertThat(of("(a) < b")).isEqualTo("(P(a) < b)");
            assertThat(of("(a) instanceof B")).isEqualTo("(P(a) instanceof B)");
        }

        @Test
        @DisplayName("should cast lambdas and method references")
        void functional() throws ExpressionError {
            assertThat(of("(Function<String, Integer>) String::length"))
                    .isEqualTo("((Function<String, Integer>) String::length)");
            assertThat(of("(Predicate<String>) s -> s.isEmpty()")).isEqualTo("((Predicate<String>) {(s) -> s.isEmpty()})");
            assertThat(((Cast) parse("(Runnable) () -> 1")).expression()).isInstanceOf(Lambda.class);
        }
    }

    @Nested
    @DisplayName("should read lambdas")
    class Lambdas {

        @Test
        @DisplayName("should read every parameter form")
        void parameters() {
            assertThat(of("x -> x + 1")).isEqualTo("{(x) -> (x + 1)}");
            assertThat(of("() -> 1")).isEqualTo("{() -> 1}");
            assertThat(of("(a, b) -> a + b")).isEqualTo("{(a, b) -> (a + b)}");
            assertThat(of("(String s, int i) -> s.length() > i")).isEqualTo("{(String s, int i) -> (s.length() > i)}");
            assertThat(of("(final String s) -> s")).isEqualTo("{(String s) -> s}");
            assertThat(of("(var a, var b) -> a")).isEqualTo("{(a, b) -> a}");
            assertThat(of("(List<String> l) -> l.isEmpty()")).isEqualTo("{(List<String> l) -> l.isEmpty()}");
            assertThat(of("(int[] a) -> a.length")).isEqualTo("{(int[] a) -> a.length}");
        }

        @Test
        @DisplayName("should read lambdas as arguments, in conditionals and curried")
        void places() {
            assertThat(of("list.stream().allMatch(x -> x > 0)")).isEqualTo("list.stream().allMatch({(x) -> (x > 0)})");
            assertThat(of("m.computeIfAbsent(k, (a) -> 1)")).isEqualTo("m.computeIfAbsent(k, {(a) -> 1})");
            assertThat(of("x -> y -> x + y")).isEqualTo("{(x) -> {(y) -> (x + y)}}");
            assertThat(of("f ? x -> 1 : x -> 2")).isEqualTo("(f ? {(x) -> 1} : {(x) -> 2})");
            assertThat(of("x -> x > 0 ? 1 : 2")).isEqualTo("{(x) -> ((x > 0) ? 1 : 2)}");
        }
    }

    @Nested
    @DisplayName("should read method references")
    class MethodReferences {

        @Test
        @DisplayName("should keep a name or expression before :: as an expression")
        void expressions() throws ExpressionError {
            assertThat(of("Line::cents")).isEqualTo("Line::cents");
            assertThat(of("this::ok")).isEqualTo("this::ok");
            assertThat(of("String::valueOf")).isEqualTo("String::valueOf");
            assertThat(of("java.lang.String::valueOf")).isEqualTo("java.lang.String::valueOf");
            assertThat(of("ArrayList::new")).isEqualTo("ArrayList::new");
            assertThat(of("list::contains")).isEqualTo("list::contains");
            assertThat(of("a.b()::c")).isEqualTo("a.b()::c");
            MethodRef reference = (MethodRef) parse("Line::cents");
            assertThat(reference.expression()).isEqualTo(new Name("Line", 0, 4));
            assertThat(reference.type()).isNull();
        }

        @Test
        @DisplayName("should keep what can only be a type before :: as a type")
        void types() throws ExpressionError {
            assertThat(of("int[]::new")).isEqualTo("[int[]]::new");
            assertThat(of("String[]::new")).isEqualTo("[String[]]::new");
            assertThat(of("List<String>::size")).isEqualTo("[List<String>]::size");
            assertThat(of("List<List<String>>::size")).isEqualTo("[List<List<String>>]::size");
            assertThat(of("Map.Entry<String, Integer>::getKey")).isEqualTo("[Map.Entry<String, Integer>]::getKey");
            assertThat(of("List<String>[]::new")).isEqualTo("[List<String>[]]::new");
            assertThat(of("s.map(List<String>::size)")).isEqualTo("s.map([List<String>]::size)");
            assertThat(((MethodRef) parse("int[]::new")).expression()).isNull();
        }
    }

    @Nested
    @DisplayName("should read instance and array creation")
    class Creation {

        @Test
        @DisplayName("should read constructor calls with type arguments and the diamond")
        void instances() {
            assertThat(of("new Foo()")).isEqualTo("new Foo()");
            assertThat(of("new Foo(1, \"a\")")).isEqualTo("new Foo(1, \"a\")");
            assertThat(of("new ArrayList<>()")).isEqualTo("new ArrayList<>()");
            assertThat(of("new HashMap<String, List<Integer>>()")).isEqualTo("new HashMap<String, List<Integer>>()");
            assertThat(of("new java.util.ArrayList<String>(list)")).isEqualTo("new java.util.ArrayList<String>(list)");
            assertThat(of("new Foo().bar()")).isEqualTo("new Foo().bar()");
            assertThat(of("new Map.Entry<K, V>(k)")).isEqualTo("new Map.Entry<K, V>(k)");
        }

        @Test
        @DisplayName("should read sized arrays, initialized arrays and nested initializers")
        void arrays() {
            assertThat(of("new int[n]")).isEqualTo("new int[n]");
            assertThat(of("new int[n][m + 1]")).isEqualTo("new int[n][(m + 1)]");
            assertThat(of("new int[n][]")).isEqualTo("new int[n][]");
            assertThat(of("new String[2][][]")).isEqualTo("new String[2][][]");
            assertThat(of("new int[] {1, 2}")).isEqualTo("new int[]{1, 2}");
            assertThat(of("new int[] {1, 2,}")).isEqualTo("new int[]{1, 2}");
            assertThat(of("new String[] {}")).isEqualTo("new String[]{}");
            assertThat(of("new int[][] {{1}, {2, 3}}")).isEqualTo("new int[][]{new int[]{1}, new int[]{2, 3}}");
            assertThat(of("new int[] {1}[0]")).isEqualTo("new int[]{1}[0]");
            assertThat(of("new int[3].length")).isEqualTo("new int[3].length");
            assertThat(of("new List<String>[2]")).isEqualTo("new List<String>[2]");
        }
    }

    @Test
    @DisplayName("should skip comments and any whitespace")
    void blanks() {
        assertThat(of(" a /* first */ +\n\tb // rest\n")).isEqualTo("(a + b)");
        assertThat(of("a . b ( )")).isEqualTo("a.b()");
    }
}
