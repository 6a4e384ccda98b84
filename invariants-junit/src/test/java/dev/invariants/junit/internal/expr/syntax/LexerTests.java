package dev.invariants.junit.internal.expr.syntax;

import static dev.invariants.junit.internal.expr.syntax.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.junit.internal.expr.syntax.Token.Kind;
import dev.invariants.junit.spi.syntax.ExpressionError;
import dev.invariants.junit.spi.syntax.Node.Literal;
import dev.invariants.junit.spi.syntax.Node.LiteralKind;
import dev.invariants.junit.spi.syntax.Node.Unary;
import dev.invariants.junit.spi.syntax.Node;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LexerTests {

    private static Literal literal(String text) throws ExpressionError {
        Node node = Parser.parse(text);
        assertThat(node).as(text).isInstanceOf(Literal.class);
        Literal literal = (Literal) node;
        assertThat(literal.start()).isZero();
        assertThat(literal.end()).isEqualTo(text.length());
        return literal;
    }

    private static Object value(String text) throws ExpressionError {
        return literal(text).value();
    }

    @Nested
    @DisplayName("should read integer literals as javac does (JLS 3.10.1)")
    class Integers {

        @Test
        @DisplayName("should read decimal, hex, octal and binary, with underscores, as int or long")
        void radixes() throws ExpressionError {
            assertThat(value("0")).isEqualTo(0);
            assertThat(value("42")).isEqualTo(42);
            assertThat(value("1_000_000")).isEqualTo(1_000_000);
            assertThat(value("1__2")).isEqualTo(1__2);
            assertThat(value("0x7fff_ffff")).isEqualTo(0x7fff_ffff);
            assertThat(value("0XCAFE")).isEqualTo(0XCAFE);
            assertThat(value("0777")).isEqualTo(0777);
            assertThat(value("0_7")).isEqualTo(0_7);
            assertThat(value("00")).isEqualTo(00);
            assertThat(value("0b1010")).isEqualTo(0b1010);
            assertThat(value("0B1_0")).isEqualTo(0B1_0);
            assertThat(value("2147483647")).isEqualTo(2147483647);
            assertThat(value("42L")).isEqualTo(42L);
            assertThat(value("0l")).isEqualTo(0L);
            assertThat(value("0x7fffffffffffffffL")).isEqualTo(0x7fffffffffffffffL);
            assertThat(value("0777L")).isEqualTo(0777L);
            assertThat(value("9223372036854775807L")).isEqualTo(9223372036854775807L);
            assertThat(literal("42").kind()).isEqualTo(LiteralKind.INT);
            assertThat(literal("42L").kind()).isEqualTo(LiteralKind.LONG);
        }

        @Test
        @DisplayName("should take non-decimal literals up to 32 or 64 bits, the top bit as the sign")
        void fullWidth() throws ExpressionError {
            assertThat(value("0xFFFFFFFF")).isEqualTo(0xFFFFFFFF);
            assertThat(value("0x80000000")).isEqualTo(0x80000000);
            assertThat(value("037777777777")).isEqualTo(037777777777);
            assertThat(value("0b11111111111111111111111111111111")).isEqualTo(0b11111111111111111111111111111111);
            assertThat(value("0xFFFFFFFFFFFFFFFFL")).isEqualTo(0xFFFFFFFFFFFFFFFFL);
            assertThat(value("01777777777777777777777L")).isEqualTo(01777777777777777777777L);
        }

        @Test
        @DisplayName("should take 2147483648 and 9223372036854775808L only right after a unary minus")
        void minimum() throws ExpressionError {
            for (String text : List.of("-2147483648", "- 2147483648", "-9223372036854775808L")) {
                Unary minus = (Unary) Parser.parse(text);
                Literal literal = (Literal) minus.operand();
                assertThat(literal.negatedMinimum()).as(text).isTrue();
                assertThat(minus.operator()).isEqualTo("-");
            }
            assertThat(((Literal) ((Unary) Parser.parse("-2147483648")).operand()).value()).isEqualTo(-2147483648);
            assertThat(((Literal) ((Unary) Parser.parse("-9223372036854775808L")).operand()).value())
                    .isEqualTo(-9223372036854775808L);
            assertThat(((Literal) ((Unary) Parser.parse("-2147483647")).operand()).negatedMinimum()).isFalse();
            assertThat(((Literal) ((Unary) Parser.parse("-0x80000000")).operand()).negatedMinimum()).isFalse();
        }

        @Test
        @DisplayName("should reject what does not fit, naming the literal")
        void tooLarge() {
            String onlyNegated = "only -2147483648 can be written, the minus right before the digits;"
                    + " as a long write 2147483648L";
            assertRejected("2147483648", 0, 10, "integer number too large: 2147483648", onlyNegated);
            assertRejected("-(2147483648)", 2, 12, "integer number too large: 2147483648", onlyNegated);
            assertRejected("a -2147483648", 3, 13, "integer number too large: 2147483648", onlyNegated);
            assertRejected("--2147483648", 0, 2, "`--` changes its operand; an invariant only reads",
                    "write x - 1 for the value without changing x");
            assertRejected("9223372036854775808L", 0, 20, "integer number too large: 9223372036854775808L",
                    "only -9223372036854775808L can be written, the minus right before the digits");
            assertRejected("2147483649", 0, 10, "integer number too large: 2147483649",
                    "a long literal ends in L: 2147483649L");
            assertRejected("-2147483649", 1, 11, "integer number too large: 2147483649",
                    "a long literal ends in L: 2147483649L");
            assertRejected("0x1_0000_0000", 0, 13, "integer number too large: 0x1_0000_0000",
                    "a long literal ends in L: 0x1_0000_0000L");
            assertRejected("040000000000", 0, 12, "integer number too large: 040000000000",
                    "a long literal ends in L: 040000000000L");
            assertRejected("0x1_0000_0000_0000_0000L", 0, 24, "integer number too large: 0x1_0000_0000_0000_0000L",
                    "for larger numbers use java.math.BigInteger");
            assertRejected("x == 09", 5, 7, "integer number too large: 09",
                    "a leading 0 makes an octal number, whose digits are 0 to 7");
        }

        @Test
        @DisplayName("should reject misplaced underscores and malformed digits")
        void malformed() {
            String between = "an underscore can only stand between digits, as in 1_000_000";
            assertRejected("1_", 1, 2, "illegal underscore", between);
            assertRejected("0x_1", 2, 3, "illegal underscore", between);
            assertRejected("0b_1", 2, 3, "illegal underscore", between);
            assertRejected("1_.5", 1, 2, "illegal underscore", between);
            assertRejected("1._5", 2, 3, "illegal underscore", between);
            assertRejected("1e_5", 2, 3, "illegal underscore", between);
            assertRejected("1_L", 1, 2, "illegal underscore", between);
            assertRejected("0x", 0, 2, "hexadecimal numbers must contain at least one hexadecimal digit", null);
            assertRejected("0b", 0, 2, "binary numbers must contain at least one binary digit", null);
            assertRejected("0b102", 0, 5, "malformed number: 0b102", "binary digits are 0 and 1");
            assertRejected("0x1g", 0, 4, "malformed number: 0x1g", "hexadecimal digits are 0 to 9 and a to f");
            assertRejected("123abc", 0, 6, "malformed number: 123abc", null);
            assertThat(TreeShape.of("_1 + 1")).isEqualTo("(_1 + 1)");
        }
    }

    @Nested
    @DisplayName("should read floating-point literals (JLS 3.10.2)")
    class FloatingPoint {

        @Test
        @DisplayName("should read every form, to the value javac gives")
        void forms() throws ExpressionError {
            assertThat(value("1.5")).isEqualTo(1.5);
            assertThat(value("1.")).isEqualTo(1.);
            assertThat(value(".5")).isEqualTo(.5);
            assertThat(value("1e10")).isEqualTo(1e10);
            assertThat(value("1E-3d")).isEqualTo(1E-3d);
            assertThat(value("1.5e+2")).isEqualTo(1.5e+2);
            assertThat(value("1d")).isEqualTo(1d);
            assertThat(value("1f")).isEqualTo(1f);
            assertThat(value("1.5F")).isEqualTo(1.5F);
            assertThat(value("0.1f")).isEqualTo(0.1f);
            assertThat(value("1_000.000_1")).isEqualTo(1_000.000_1);
            assertThat(value("09.5")).isEqualTo(09.5);
            assertThat(value("08f")).isEqualTo(08f);
            assertThat(value("0x1.8p3")).isEqualTo(0x1.8p3);
            assertThat(value("0x1p-2f")).isEqualTo(0x1p-2f);
            assertThat(value("0x.8P1d")).isEqualTo(0x.8P1d);
            assertThat(value("3.4028235e38f")).isEqualTo(3.4028235e38f);
            assertThat(value("4.9e-324")).isEqualTo(4.9e-324);
            assertThat(value("0.0")).isEqualTo(0.0);
            assertThat(value("0e99999")).isEqualTo(0e99999);
            assertThat(literal("1.5").kind()).isEqualTo(LiteralKind.DOUBLE);
            assertThat(literal("1.5f").kind()).isEqualTo(LiteralKind.FLOAT);
        }

        @Test
        @DisplayName("should reject literals that round to infinity or, when not zero, to zero")
        void range() {
            assertRejected("1e400", 0, 5, "floating-point number too large", null);
            assertRejected("3.5e38f", 0, 7, "floating-point number too large", null);
            assertRejected("1e-400", 0, 6, "floating-point number too small", null);
            assertRejected("1e-50f", 0, 6, "floating-point number too small", null);
            assertRejected("1e", 0, 2, "malformed floating-point literal", "an exponent needs digits, as in 1e10");
            assertRejected("0x1.8", 0, 5, "malformed floating-point literal",
                    "a hexadecimal floating-point literal needs a binary exponent, as in 0x1.8p3");
        }
    }

    @Nested
    @DisplayName("should read char and string literals with every escape (JLS 3.10.4 to 3.10.7)")
    class Text {

        @Test
        @DisplayName("should decode the escapes")
        void escapes() throws ExpressionError {
            assertThat(value("\"\\b\\t\\n\\f\\r\\s\\\"\\'\\\\\"")).isEqualTo("\b\t\n\f\r\s\"\'\\");
            assertThat(value("\"\\0\\7\\77\\377\\400\\1234\"")).isEqualTo("\0\7\77\377\400\1234");
            assertThat(value("\"\\u0041\\uuu00e9\\u00E9\"")).isEqualTo("A\u00e9\u00E9");
            assertThat(value("\"\"")).isEqualTo("");
            assertThat(value("'a'")).isEqualTo('a');
            assertThat(value("'\\''")).isEqualTo('\'');
            assertThat(value("'\"'")).isEqualTo('"');
            assertThat(value("'\\u0041'")).isEqualTo('A');
            assertThat(value("'\\101'")).isEqualTo('\101');
            assertThat(value("'\\377'")).isEqualTo('\377');
            assertThat(value("'\\n'")).isEqualTo('\n');
            assertThat(literal("'a'").kind()).isEqualTo(LiteralKind.CHAR);
            assertThat(literal("\"a\"").kind()).isEqualTo(LiteralKind.STRING);
        }

        @Test
        @DisplayName("should read true, false and null as literals")
        void keywords() throws ExpressionError {
            assertThat(literal("true").value()).isEqualTo(true);
            assertThat(literal("false").kind()).isEqualTo(LiteralKind.BOOLEAN);
            assertThat(literal("null").kind()).isEqualTo(LiteralKind.NULL);
            assertThat(literal("null").value()).isNull();
        }

        @Test
        @DisplayName("should reject unclosed and malformed literals where they start")
        void malformed() {
            String oneCharacter = "a char literal holds exactly one character, as in 'a'; write text in double quotes";
            assertRejected("text.equals(\"abc)", 12, 17, "unclosed string literal",
                    "end the string with a double quote on the same line");
            assertRejected("\"a\nb\"", 0, 2, "unclosed string literal",
                    "end the string with a double quote on the same line");
            assertRejected("text.charAt(0) == 'ab'", 18, 22, "unclosed character literal", oneCharacter);
            assertRejected("'a", 0, 2, "unclosed character literal", oneCharacter);
            assertRejected("'", 0, 1, "unclosed character literal", oneCharacter);
            assertRejected("c == ''", 5, 7, "empty character literal",
                    "a char literal holds exactly one character, as in 'a'");
            ExpressionError escape = Rejections.assertRejected("\"a\\qb\"", 2, 4, "illegal escape character in a literal");
            assertThat(escape.hint()).contains("\\\\ for a backslash");
            assertRejected("\"\\u00g1\"", 1, 6, "illegal unicode escape",
                    "write \\u and four hexadecimal digits, as in \\u00e9");
            assertRejected("'\\u00'", 1, 6, "illegal unicode escape",
                    "write \\u and four hexadecimal digits, as in \\u00e9");
            assertRejected("\"\"\"\ntext\"\"\"", 0, 3, "text blocks are not supported in an invariant",
                    "write an ordinary string literal in double quotes");
        }
    }

    @Nested
    @DisplayName("should split the rest into tokens")
    class Tokens {

        @Test
        @DisplayName("should take the longest operator, keywords and identifiers with $ and _")
        void operators() throws ExpressionError {
            List<Token> tokens = Lexer.tokens("a>>>=b>>>c>>d>=e->f::g...$h_1 instanceof");
            assertThat(tokens.stream().map(Token::text).collect(Collectors.toList())).containsExactly("a", ">>>=",
                    "b", ">>>", "c", ">>", "d", ">=", "e", "->", "f", "::", "g", "...", "$h_1", "instanceof", "");
            assertThat(tokens.get(15).kind()).isEqualTo(Kind.KEYWORD);
            assertThat(tokens.get(14).kind()).isEqualTo(Kind.IDENTIFIER);
            assertThat(Lexer.tokens("var record yield").stream().map(Token::kind))
                    .containsExactly(Kind.IDENTIFIER, Kind.IDENTIFIER, Kind.IDENTIFIER, Kind.END);
        }

        @Test
        @DisplayName("should place the end right after the last token, whatever follows it")
        void end() throws ExpressionError {
            List<Token> tokens = Lexer.tokens("a >   // comment");
            assertThat(tokens.get(2).start()).isEqualTo(3);
            assertThat(Lexer.tokens("   ").get(0).start()).isZero();
        }

        @Test
        @DisplayName("should reject characters Java does not have, and unclosed comments")
        void illegal() {
            assertRejected("a # b", 2, 3, "illegal character: '#'", null);
            assertRejected("a \\ b", 2, 3, "illegal character: '\\'",
                    "a backslash can only stand inside a string or char literal");
            assertRejected("`a > 0`", 0, 1, "illegal character: '`'", "write the expression without backquotes");
            assertRejected("a >\u00a00", 3, 4, "illegal character: '\\u00a0'", "replace it with a plain space");
            assertRejected("a /* b", 2, 6, "unclosed comment", "close the comment with */");
        }
    }
}
