package dev.invariants.junit.internal.expr;

import java.util.List;

/** What a compiler rejected: line (in the generated source) and message, per error. */
final class CompileFailure extends Exception {

    private static final long serialVersionUID = 1L;

    record Error(int line, String message) {}

    private final transient List<Error> errors;

    CompileFailure(List<Error> errors) {
        super(errors.toString(), null, false, false);
        this.errors = errors;
    }

    List<Error> errors() {
        return errors;
    }
}
