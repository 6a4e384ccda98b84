package dev.invariants.junit.internal.expr.syntax;

import dev.invariants.junit.spi.syntax.ExpressionError;

/**
 * The unicode escapes of a text translated before it is read (JLS 3.3), as javac does: {@code \u0031 + 1}
 * is {@code 1 + 1} and {@code "\u005cn"} is a newline. A backslash preceded by an odd number of
 * backslashes does not start an escape. Positions map back to the text as written, for carets.
 *
 * @param text      the translated text
 * @param originals for each position of {@code text} (and its end), the position in the text as written
 */
record UnicodeEscapes(String text, int[] originals) {

    /** The translation, or {@code null} when {@code written} has no unicode escape. */
    static UnicodeEscapes translate(String written) throws ExpressionError {
        if (written.indexOf("\\u") < 0) {
            return null;
        }
        StringBuilder out = new StringBuilder(written.length());
        int[] originals = new int[written.length() + 1];
        int backslashes = 0;
        boolean any = false;
        int i = 0;
        while (i < written.length()) {
            char c = written.charAt(i);
            if (c == '\\' && backslashes % 2 == 0 && i + 1 < written.length() && written.charAt(i + 1) == 'u') {
                int j = i + 1;
                while (j < written.length() && written.charAt(j) == 'u') {
                    j++;
                }
                if (j + 4 > written.length()) {
                    throw SyntaxErrors.illegalUnicodeEscape(i, written.length());
                }
                int value = 0;
                for (int k = j; k < j + 4; k++) {
                    int digit = Character.digit(written.charAt(k), 16);
                    if (digit < 0) {
                        throw SyntaxErrors.illegalUnicodeEscape(i, k + 1);
                    }
                    value = value * 16 + digit;
                }
                originals[out.length()] = i;
                out.append((char) value);
                // a backslash made by an escape never starts another escape (JLS 3.3)
                backslashes = 0;
                i = j + 4;
                any = true;
                continue;
            }
            backslashes = c == '\\' ? backslashes + 1 : 0;
            originals[out.length()] = i;
            out.append(c);
            i++;
        }
        if (!any) {
            return null;
        }
        int[] trimmed = new int[out.length() + 1];
        System.arraycopy(originals, 0, trimmed, 0, out.length());
        trimmed[out.length()] = written.length();
        return new UnicodeEscapes(out.toString(), trimmed);
    }

    /** The position in the text as written of {@code translated}, a position of {@link #text()} or its end. */
    int original(int translated) {
        if (translated <= 0) {
            return 0;
        }
        if (translated >= originals.length) {
            return originals[originals.length - 1];
        }
        return originals[translated];
    }
}
