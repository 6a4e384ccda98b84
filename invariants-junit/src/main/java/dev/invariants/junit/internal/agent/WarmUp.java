package dev.invariants.junit.internal.agent;

import dev.invariants.Invariant;
import dev.invariants.junit.internal.weave.ClassFilter;
import dev.invariants.junit.internal.weave.Weaver;
import java.io.IOException;
import java.io.InputStream;

/**
 * Weaves this class's own bytes once, without defining the result, before the transformer is
 * installed: every class weaving needs is then loaded, so none is loaded from inside a transform.
 */
final class WarmUp {

    private WarmUp() {}

    static void run() {
        ClassFilter.isExcluded("java/lang/Object");
        String name = WarmUp.class.getName().replace('.', '/');
        try (InputStream in = WarmUp.class.getClassLoader().getResourceAsStream(name + ".class")) {
            if (in != null) {
                Weaver.weave(WarmUp.class.getClassLoader(), name, in.readAllBytes());
            }
        } catch (IOException | RuntimeException e) {
            // Only a warm-up: the transformer works without it, a little slower on its first class.
        }
        dev.invariants.junit.internal.expr.ClassCompiler.warmUp();
    }

    @Invariant(id = "invariants-warm-up", post = "result >= 0")
    static int sample(int value) {
        return Math.abs(value);
    }
}
