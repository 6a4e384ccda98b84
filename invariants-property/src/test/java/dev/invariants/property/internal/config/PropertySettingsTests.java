package dev.invariants.property.internal.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PropertySettingsTests {

    private final List<String> warnings = new ArrayList<>();

    private PropertySettings settings(Map<String, String> values) {
        return PropertySettings.from(key -> Optional.ofNullable(values.get(key)), warnings::add);
    }

    @Test
    @DisplayName("should use the documented defaults when nothing is set, without a warning")
    void defaults() {
        PropertySettings settings = settings(Map.of());

        assertThat(settings.tries()).isEmpty();
        assertThat(settings.seed()).isEmpty();
        assertThat(settings.auto()).isFalse();
        assertThat(settings.examplesDir()).isEqualTo(Path.of("target/invariants/property-examples"));
        assertThat(settings.outsidePre()).isEqualTo(0.1);
        assertThat(warnings).isEmpty();
    }

    @Test
    @DisplayName("should read valid values, trimmed, under the keys the contract names")
    void validValues() {
        PropertySettings settings = settings(Map.of("invariants.property.tries", " 500 ", "invariants.property.seed", "-42",
                "invariants.property.auto", "TRUE", "invariants.property.examples.dir", "build/examples"));

        assertThat(settings.tries()).hasValue(500);
        assertThat(settings.seed()).hasValue(-42);
        assertThat(settings.auto()).isTrue();
        assertThat(settings.examplesDir()).isEqualTo(Path.of("build/examples"));
        assertThat(warnings).isEmpty();
    }

    @Test
    @DisplayName("should read the share of out-of-contract calls as a fraction, and refuse one outside 0..1")
    void outsidePre() {
        assertThat(settings(Map.of("invariants.property.sequences.outside-pre", "0")).outsidePre()).isZero();
        assertThat(settings(Map.of("invariants.property.sequences.outside-pre", "0.25")).outsidePre()).isEqualTo(0.25);
        assertThat(warnings).isEmpty();

        assertThat(settings(Map.of("invariants.property.sequences.outside-pre", "10%")).outsidePre()).isEqualTo(0.1);
        assertThat(settings(Map.of("invariants.property.sequences.outside-pre", "1.5")).outsidePre()).isEqualTo(0.1);
        assertThat(warnings).containsExactly(
                "invalid value [10%] for configuration key [invariants.property.sequences.outside-pre]: expected a fraction from 0 to 1; using 0.1.",
                "invalid value [1.5] for configuration key [invariants.property.sequences.outside-pre]: expected a fraction from 0 to 1; using 0.1.");
    }

    @Test
    @DisplayName("should warn per invalid value, quoting key and value, and use the default")
    void invalidValues() {
        PropertySettings settings = settings(Map.of("invariants.property.tries", "0", "invariants.property.seed", "x",
                "invariants.property.auto", "yes"));

        assertThat(settings.tries()).isEmpty();
        assertThat(settings.seed()).isEmpty();
        assertThat(settings.auto()).isFalse();
        assertThat(warnings).containsExactly(
                "invalid value [0] for configuration key [invariants.property.tries]: expected a positive whole number; using the engine's default.",
                "invalid value [x] for configuration key [invariants.property.seed]: expected a whole number (a long); using a random seed.",
                "invalid value [yes] for configuration key [invariants.property.auto]: expected `true` or `false`; using false.");
    }
}
