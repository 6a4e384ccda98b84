package dev.invariants.junit.internal.expr.emit;

import java.util.List;

/** A superclass whose private members its subclass's hidden nestmates may not reach with ordinary instructions. */
class SecretBase {

    private static String motto = "hush";

    private final int secret;

    SecretBase(int secret) {
        this.secret = secret;
    }

    private SecretBase(String secret) {
        this(secret.length());
    }

    private int whisper(int value) {
        return value * 10 + secret;
    }

    private static long code(long seed) {
        return seed ^ 0x5555L;
    }

    private <T> T pick(List<T> items) {
        return items.get(secret);
    }

    String describe() {
        return "base " + secret;
    }

    int secretForTests() {
        return secret;
    }

    int whisperForTests(int value) {
        return whisper(value);
    }

    static String mottoForTests() {
        return motto;
    }

    static long codeForTests(long seed) {
        return code(seed);
    }

    static SecretBase createForTests(String secret) {
        return new SecretBase(secret);
    }
}
