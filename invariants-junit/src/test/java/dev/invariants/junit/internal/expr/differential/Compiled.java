package dev.invariants.junit.internal.expr.differential;

import java.lang.invoke.MethodHandle;

/**
 * What one side made of one expression: a handle taking all arguments (receiver first) as one
 * {@code Object[]} and returning {@code Object}, or the compiler's rejection, or the compiler's crash
 * (anything but a definition error: always a disagreement).
 */
record Compiled(MethodHandle handle, String rejection, Throwable crash) {

    static Compiled of(MethodHandle handle) {
        return new Compiled(handle.asType(handle.type().generic()).asSpreader(Object[].class, handle.type().parameterCount()),
                null, null);
    }

    static Compiled rejected(String message) {
        return new Compiled(null, message, null);
    }

    static Compiled crashed(Throwable crash) {
        return new Compiled(null, null, crash);
    }

    Outcome evaluate(Object[] arguments) {
        try {
            return Outcome.of((Object) handle.invokeExact(arguments));
        } catch (Throwable thrown) {
            return Outcome.threw(thrown);
        }
    }

    @Override
    public String toString() {
        if (handle != null) {
            return "compiles";
        }
        return rejection != null ? "rejects it: " + rejection : "crashes: " + crash + where(crash);
    }

    /** Where in our compiler a crash happened: its first frame in {@code expr}, which names the stage. */
    private static String where(Throwable crash) {
        for (StackTraceElement frame : crash.getStackTrace()) {
            if (frame.getClassName().startsWith("dev.invariants.junit.internal.expr.")) {
                return " at " + frame;
            }
        }
        return "";
    }
}
