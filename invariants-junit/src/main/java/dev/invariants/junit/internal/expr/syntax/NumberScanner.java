package dev.invariants.junit.internal.expr.syntax;

import dev.invariants.junit.internal.expr.syntax.Token.Kind;
import dev.invariants.junit.spi.syntax.ExpressionError;
import dev.invariants.junit.spi.syntax.Node.LiteralKind;
import dev.invariants.junit.spi.syntax.Node;
import java.math.BigInteger;

/**
 * Scans one numeric literal (JLS 3.10.1, 3.10.2) and checks its range as javac does: decimal, hex
 * {@code 0x}, octal (a leading {@code 0}), binary {@code 0b}, underscores between digits, {@code L},
 * {@code f}/{@code d} suffixes, exponents and hex floats.
 */
final class NumberScanner {

    private static final BigInteger INT_MINIMUM = BigInteger.ONE.shiftLeft(31);
    private static final BigInteger LONG_MINIMUM = BigInteger.ONE.shiftLeft(63);

    private final String text;
    private final int start;
    private int position;

    NumberScanner(String text, int start) {
        this.text = text;
        this.start = start;
        this.position = start;
    }

    Token scan() throws ExpressionError {
        char first = text.charAt(position);
        char second = charAt(position + 1);
        if (first == '0' && (second == 'x' || second == 'X')) {
            return hexadecimal();
        }
        if (first == '0' && (second == 'b' || second == 'B')) {
            position += 2;
            String digits = digits(2, false);
            if (digits.isEmpty()) {
                throw SyntaxErrors.malformedNumber("binary numbers must contain at least one binary digit", start,
                        position, null);
            }
            return integer(digits, 2);
        }
        return decimal();
    }

    private Token decimal() throws ExpressionError {
        String whole = digits(10, false);
        boolean floating = false;
        StringBuilder mantissa = new StringBuilder(whole);
        if (charAt(position) == '.' && !(whole.isEmpty() && !Lexer.isDigit(charAt(position + 1)))) {
            position++;
            floating = true;
            mantissa.append('.').append(digits(10, false));
        }
        String exponent = "";
        if (charAt(position) == 'e' || charAt(position) == 'E') {
            floating = true;
            exponent = exponent();
        }
        char suffix = charAt(position);
        if (suffix == 'f' || suffix == 'F' || suffix == 'd' || suffix == 'D') {
            position++;
            return floating(mantissa + exponent, suffix == 'f' || suffix == 'F', mantissa.toString());
        }
        if (floating) {
            return floating(mantissa + exponent, false, mantissa.toString());
        }
        if (whole.length() > 1 && whole.charAt(0) == '0') {
            for (char c : whole.toCharArray()) {
                if (c > '7') {
                    throw SyntaxErrors.tooLarge(text.substring(start, endOfWord()), start, endOfWord(),
                            "a leading 0 makes an octal number, whose digits are 0 to 7");
                }
            }
            return integer(whole.substring(1), 8);
        }
        return integer(whole, 10);
    }

    private Token hexadecimal() throws ExpressionError {
        position += 2;
        String whole = digits(16, false);
        boolean floating = false;
        String fraction = "";
        if (charAt(position) == '.') {
            position++;
            floating = true;
            fraction = digits(16, false);
        }
        if (whole.isEmpty() && fraction.isEmpty()) {
            throw SyntaxErrors.malformedNumber("hexadecimal numbers must contain at least one hexadecimal digit",
                    start, position, null);
        }
        if (charAt(position) != 'p' && charAt(position) != 'P') {
            if (floating) {
                throw SyntaxErrors.malformedNumber("malformed floating-point literal", start, position,
                        "a hexadecimal floating-point literal needs a binary exponent, as in 0x1.8p3");
            }
            return integer(whole, 16);
        }
        String exponent = exponent();
        char suffix = charAt(position);
        boolean isFloat = suffix == 'f' || suffix == 'F';
        if (isFloat || suffix == 'd' || suffix == 'D') {
            position++;
        }
        String mantissa = whole + (floating ? "." + fraction : "");
        return floating("0x" + mantissa + exponent, isFloat, mantissa);
    }

    /** {@code e}/{@code p}, an optional sign and at least one decimal digit, as Java parses it. */
    private String exponent() throws ExpressionError {
        StringBuilder exponent = new StringBuilder().append(text.charAt(position++));
        if (charAt(position) == '+' || charAt(position) == '-') {
            exponent.append(text.charAt(position++));
        }
        String digits = digits(10, false);
        if (digits.isEmpty()) {
            throw SyntaxErrors.malformedNumber("malformed floating-point literal", start, position,
                    "an exponent needs digits, as in 1e10");
        }
        return exponent.append(digits).toString();
    }

    /**
     * Digits of {@code radix} (any decimal digit when 10) with underscores, which must stand between
     * digits. Returns the digits without underscores.
     */
    private String digits(int radix, boolean mayStartWithUnderscore) throws ExpressionError {
        StringBuilder digits = new StringBuilder();
        int first = position;
        while (Character.digit(charAt(position), radix) >= 0 && charAt(position) < 128 || charAt(position) == '_') {
            if (charAt(position) == '_' && position == first && !mayStartWithUnderscore) {
                throw SyntaxErrors.illegalUnderscore(position);
            }
            if (charAt(position) != '_') {
                digits.append(charAt(position));
            }
            position++;
        }
        if (position > first && text.charAt(position - 1) == '_') {
            throw SyntaxErrors.illegalUnderscore(position - 1);
        }
        return digits.toString();
    }

    private Token integer(String digits, int radix) throws ExpressionError {
        boolean isLong = charAt(position) == 'l' || charAt(position) == 'L';
        if (isLong) {
            position++;
        }
        checkEnd(radix);
        BigInteger value = new BigInteger(digits.isEmpty() ? "0" : digits, radix);
        int bits = isLong ? 64 : 32;
        BigInteger minimum = isLong ? LONG_MINIMUM : INT_MINIMUM;
        boolean atMinimum = radix == 10 && value.equals(minimum);
        if (radix == 10 ? value.compareTo(minimum) > 0 : value.bitLength() > bits) {
            String written = text.substring(start, position);
            throw SyntaxErrors.tooLarge(written, start, position, isLong ? "for larger numbers use java.math.BigInteger"
                    : "a long literal ends in L: " + written + "L");
        }
        Object number = isLong ? (Object) value.longValue() : (Object) value.intValue();
        return new Token(Kind.LITERAL, text.substring(start, position), isLong ? LiteralKind.LONG : LiteralKind.INT,
                number, atMinimum, start, position);
    }

    private Token floating(String literal, boolean isFloat, String mantissa) throws ExpressionError {
        checkEnd(10);
        boolean nonZero = mantissa.chars().anyMatch(c -> Character.digit(c, 16) > 0);
        Object value;
        boolean infinite;
        boolean zero;
        if (isFloat) {
            float f = Float.parseFloat(literal);
            value = f;
            infinite = Float.isInfinite(f);
            zero = f == 0;
        } else {
            double d = Double.parseDouble(literal);
            value = d;
            infinite = Double.isInfinite(d);
            zero = d == 0;
        }
        if (infinite) {
            throw SyntaxErrors.malformedNumber("floating-point number too large", start, position, null);
        }
        if (zero && nonZero) {
            throw SyntaxErrors.malformedNumber("floating-point number too small", start, position, null);
        }
        return new Token(Kind.LITERAL, text.substring(start, position), isFloat ? LiteralKind.FLOAT : LiteralKind.DOUBLE,
                value, false, start, position);
    }

    /** A number runs into letters or digits it cannot hold ({@code 0b12}, {@code 12abc}). */
    private void checkEnd(int radix) throws ExpressionError {
        char next = charAt(position);
        if (next != '\0' && Character.isJavaIdentifierPart(next)) {
            String hint = radix == 2 && Lexer.isDigit(next) ? "binary digits are 0 and 1"
                    : radix == 16 ? "hexadecimal digits are 0 to 9 and a to f"
                    : null;
            throw SyntaxErrors.malformedNumber("malformed number: " + text.substring(start, endOfWord()), start,
                    endOfWord(), hint);
        }
    }

    private int endOfWord() {
        int end = position;
        while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private char charAt(int index) {
        return index < text.length() ? text.charAt(index) : '\0';
    }
}
