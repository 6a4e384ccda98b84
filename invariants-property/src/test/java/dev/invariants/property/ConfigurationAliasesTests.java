package dev.invariants.property;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.junit.InvariantsConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The deprecated aliases left in invariants-junit's configuration name the property engine's own keys. */
class ConfigurationAliasesTests {

    @Test
    @DisplayName("should keep every deprecated alias equal to the key the property engine reads")
    @SuppressWarnings("removal")
    void aliases() {
        assertThat(InvariantsConfiguration.PROPERTY_TRIES).isEqualTo(PropertyConfiguration.PROPERTY_TRIES);
        assertThat(InvariantsConfiguration.PROPERTY_SEED).isEqualTo(PropertyConfiguration.PROPERTY_SEED);
        assertThat(InvariantsConfiguration.PROPERTY_EXAMPLES_DIR).isEqualTo(PropertyConfiguration.PROPERTY_EXAMPLES_DIR);
        assertThat(InvariantsConfiguration.PROPERTY_AUTO).isEqualTo(PropertyConfiguration.PROPERTY_AUTO);
    }
}
