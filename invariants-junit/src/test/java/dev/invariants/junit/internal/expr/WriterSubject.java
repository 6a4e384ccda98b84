package dev.invariants.junit.internal.expr;

/** The class the checks of {@link CheckClassWriterTests} are defined next to (as a hidden nestmate). */
final class WriterSubject {

    private WriterSubject() {}
}
