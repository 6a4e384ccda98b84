package dev.invariants.junit.internal.expr.emit;

import java.lang.invoke.MethodHandles;

/** The woven class of the access tests: a subclass, outside its superclass's nest. */
final class SecretHolder extends SecretBase {

    SecretHolder(int secret) {
        super(secret);
    }

    @Override
    String describe() {
        return "holder";
    }

    String superDescribeForTests() {
        return super.describe();
    }

    static MethodHandles.Lookup lookup() {
        return MethodHandles.lookup();
    }
}
