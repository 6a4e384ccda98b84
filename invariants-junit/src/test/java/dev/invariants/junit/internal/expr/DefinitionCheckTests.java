package dev.invariants.junit.internal.expr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.junit.spi.InvariantDefinition;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A definition check of a class no test loaded")
class DefinitionCheckTests {

    private static final String NEVER_CALLED = "dev.invariants.junit.fixtures.unrun.NeverCalled";

    @Test
    @DisplayName("should report each broken invariant with the message its first call would get, and nothing for the fine one")
    void problems() {
        Map<String, String> byId = DefinitionCheck.of(getClass().getClassLoader(), NEVER_CALLED).entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().id(), Map.Entry::getValue));

        assertThat(byId).containsOnlyKeys("never-dangling", "never-unknown", "never-type");
        assertThat(byId.get("never-dangling")).startsWith("@Invariant never-dangling on " + NEVER_CALLED + ".dangling(NeverCalled.java:")
                .contains("attribute `post`: [reslt >= 0 &&] does not compile: illegal start of expression");
        assertThat(byId.get("never-unknown")).contains("attribute `post`: [reslt >= 0] does not compile: cannot find symbol: variable reslt");
        assertThat(byId.get("never-type")).contains("[count >= nosuch] does not compile: cannot find symbol: variable nosuch");
    }

    @Test
    @DisplayName("should neither initialise the class nor report anything for a class without invariants")
    void nothingLoaded() {
        DefinitionCheck.of(getClass().getClassLoader(), NEVER_CALLED);

        assertThat(System.getProperty("invariants.fixtures.unrun.initialised")).isNull();
        Map<InvariantDefinition, String> none = DefinitionCheck.of(getClass().getClassLoader(), String.class.getName());
        assertThat(none).isEmpty();
        assertThat(DefinitionCheck.of(getClass().getClassLoader(), "dev.invariants.junit.fixtures.unrun.NoSuchClass")).isEmpty();
    }
}
