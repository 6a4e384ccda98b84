package dev.invariants.property.internal.gen;

import dev.invariants.property.spi.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * Strings, one code point at a time behind a "one more?" flag, so deleting a span of choices deletes
 * characters. Edge cases (empty, blank, NUL, surrogate pairs, very long, injection-shaped) are written
 * through the same choices, so they shrink like any other string.
 */
final class Texts {
    static final String PRINTABLE =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    private static final double MORE = 0.85;
    private static final int VERY_LONG = 10_000;
    private static final List<String> SPECIAL = List.of(
            "", " ", "a", "\t \n", "\0", "a\0b", "\r\n", "\u00e9", "e\u0301", "\u00df", "\ud83d\ude00", "\ud800",
            "\u202e", "\ufeff", "' OR '1'='1", "'); DROP TABLE users;--", "<script>alert(1)</script>",
            "../../../etc/passwd", "${jndi:ldap://example.invalid/a}", "%s%n%x", "null", "-1", "NaN",
            "a".repeat(VERY_LONG));

    private Texts() {
    }

    static String draw(Source source, long minLength, long maxLength) {
        if (minLength > maxLength) {
            throw source.reject("no string has a length in [" + minLength + ", " + maxLength + "]");
        }
        List<String> edges = new ArrayList<>();
        for (String special : SPECIAL) {
            if (special.length() >= minLength && special.length() <= maxLength) {
                edges.add(special);
            }
        }
        if (minLength > 0 && minLength < VERY_LONG) {
            edges.add(0, "a".repeat((int) minLength));
        }
        if (maxLength < VERY_LONG && maxLength > minLength) {
            edges.add("z".repeat((int) maxLength));
        }
        int edge = source.edgeCase(edges.size());
        return edge < 0 ? random(source, minLength, maxLength) : suggested(source, minLength, maxLength, edges.get(edge));
    }

    private static String random(Source source, long minLength, long maxLength) {
        StringBuilder text = new StringBuilder();
        while (text.length() < minLength || text.length() < maxLength && source.chooseBoolean(MORE)) {
            int codePoint = codePoint(source, true);
            if (text.length() + Character.charCount(codePoint) > maxLength) {
                codePoint = 'a';
            }
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    private static String suggested(Source source, long minLength, long maxLength, String wanted) {
        StringBuilder text = new StringBuilder();
        int index = 0;
        while (text.length() < minLength
                || text.length() < maxLength && source.choose(1, index < wanted.length() ? 1 : 0) == 1) {
            int codePoint = index < wanted.length() ? wanted.codePointAt(index) : 'a';
            index += Character.charCount(codePoint);
            codePoint = encode(source, codePoint, true);
            if (text.length() + Character.charCount(codePoint) > maxLength) {
                codePoint = 'a';
            }
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    /** [exotic?] then printable ASCII, or [beyond ASCII?] control characters, or [supplementary?] BMP / supplementary. */
    static int codePoint(Source source, boolean supplementary) {
        if (!source.chooseBoolean(0.25)) {
            return PRINTABLE.charAt((int) source.choose(PRINTABLE.length() - 1));
        }
        if (!source.chooseBoolean(0.6)) {
            int control = (int) source.choose(32);
            return control == 32 ? 127 : control;
        }
        if (!supplementary || !source.chooseBoolean(0.3)) {
            return 0x80 + (int) source.choose(0xFFFF - 0x80);
        }
        return 0x10000 + (int) source.choose(Character.MAX_CODE_POINT - 0x10000);
    }

    static int encode(Source source, int codePoint, boolean supplementary) {
        int printable = PRINTABLE.indexOf(codePoint);
        if (source.choose(1, printable >= 0 ? 0 : 1) == 0) {
            return PRINTABLE.charAt((int) source.choose(PRINTABLE.length() - 1, Math.max(printable, 0)));
        }
        boolean control = codePoint < 0x20 || codePoint == 127;
        if (source.choose(1, control ? 0 : 1) == 0) {
            int choice = (int) source.choose(32, codePoint == 127 ? 32 : codePoint);
            return choice == 32 ? 127 : choice;
        }
        boolean beyondBmp = codePoint > 0xFFFF;
        if (!supplementary || source.choose(1, beyondBmp ? 1 : 0) == 0) {
            return 0x80 + (int) source.choose(0xFFFF - 0x80, codePoint - 0x80);
        }
        return 0x10000 + (int) source.choose(Character.MAX_CODE_POINT - 0x10000, codePoint - 0x10000);
    }
}
