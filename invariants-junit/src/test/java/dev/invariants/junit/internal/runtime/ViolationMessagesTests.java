package dev.invariants.junit.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.junit.spi.InvariantDefinition;
import dev.invariants.junit.spi.Kind;
import dev.invariants.junit.spi.Member;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The value rendering every message shares; each message kind's exact text is tested end to end. */
class ViolationMessagesTests {

    private static final InvariantDefinition LIST_NOT_EMPTY = new InvariantDefinition("names-kept", true, Kind.METHOD,
            "com.acme.Registry", new Member("names", "()[Ljava/lang/String;", 1, List.of(), List.of(), 7), "Registry.java",
            7, "true", "result.length > 0", List.of(), "");

    @Test
    @DisplayName("should show arrays element by element, strings quoted, chars quoted, null bare")
    void rendering() {
        String message = ViolationMessages.post(LIST_NOT_EMPTY,
                new Object[] {"names", new String[] {"a", null}, "initial", 'x', "owner", null, "count", 3});

        assertThat(message).isEqualTo("""
                Invariant [names-kept] violated: post does not hold
                  at com.acme.Registry.names(Registry.java:7)
                  expected: result.length > 0
                  values:
                    names = [[a, null]]
                    initial = ['x']
                    owner = [null]
                    count = [3]""");
    }

    @Test
    @DisplayName("should cut long values after 200 characters and say how long they were")
    void truncation() {
        String message = ViolationMessages.post(LIST_NOT_EMPTY, new Object[] {"text", "y".repeat(300)});

        assertThat(message).endsWith("    text = [\"" + "y".repeat(199) + "... (302 characters)]");
    }

    @Test
    @DisplayName("should survive a toString that throws")
    void throwingToString() {
        Object hostile = new Object() {
            @Override
            public String toString() {
                throw new IllegalStateException("no");
            }
        };

        assertThat(ViolationMessages.post(LIST_NOT_EMPTY, new Object[] {"hostile", hostile}))
                .containsPattern("hostile = \\[.*@[0-9a-f]+ \\(toString\\(\\) threw java.lang.IllegalStateException\\)]");
    }
}
