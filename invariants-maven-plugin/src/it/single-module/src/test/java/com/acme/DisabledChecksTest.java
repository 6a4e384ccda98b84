package com.acme;

import dev.invariants.Invariant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Runs only with -Dviolate=true: calls a method whose invariant never holds. */
@EnabledIfSystemProperty(named = "violate", matches = "true")
class DisabledChecksTest {

    static final class AlwaysWrong {
        @Invariant(id = "always-false", post = "false")
        void run() {}
    }

    @Test
    void callsAViolatingMethod() {
        new AlwaysWrong().run();
    }
}
