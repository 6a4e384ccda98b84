package dev.invariants.junit.internal.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SettingsTests {

    private final ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    private PrintStream previous;

    @BeforeEach
    void captureWarnings() {
        previous = Warnings.redirect(new PrintStream(warnings, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreWarnings() {
        Warnings.redirect(previous);
    }

    @Test
    @DisplayName("should use the documented defaults when nothing is set, without a warning")
    void defaults() {
        Settings settings = settings(Map.of());

        assertThat(settings.enabled()).isTrue();
        assertThat(settings.reportDir()).isEqualTo(Path.of("target/invariants"));
        assertThat(settings.enforcePreconditions()).isFalse();
        assertThat(settings.gateMinCoverage()).isEmpty();
        assertThat(warnings.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    @DisplayName("should read valid values, trimmed and case-insensitive where words")
    void validValues() {
        Settings settings = settings(Map.of("invariants.enabled", " FALSE ", "invariants.preconditions", "Enforce",
                "invariants.gate.min-coverage", "0.75", "invariants.report.dir", "build/inv"));

        assertThat(settings.enabled()).isFalse();
        assertThat(settings.enforcePreconditions()).isTrue();
        assertThat(settings.gateMinCoverage()).hasValue(0.75);
        assertThat(settings.reportDir()).isEqualTo(Path.of("build/inv"));
        assertThat(warnings.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    @DisplayName("should warn once per invalid value, quoting key and value, and use the default")
    void invalidValues() {
        Settings settings = settings(Map.of("invariants.enabled", "yes"));

        assertThat(settings.enabled()).isTrue();
        assertThat(settings.enabled()).isTrue();
        assertThat(settings.refusals()).isEmpty();
        assertThat(warnings.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "[invariants] WARNING invalid value [yes] for configuration key [invariants.enabled]: expected `true` or `false`; using true.");
    }

    @Test
    @DisplayName("should refuse an invalid value of a key that asks for a check, with a message naming key and value")
    void refusedValues() {
        Settings settings = settings(Map.of("invariants.preconditions", "strict", "invariants.gate.min-coverage", "80%"));

        assertThat(settings.enforcePreconditions()).isFalse();
        assertThat(settings.gateMinCoverage()).isEmpty();
        assertThat(settings.refusals()).containsExactly(
                "invalid value [80%] for configuration key [invariants.gate.min-coverage]: expected a fraction from 0 to 1"
                        + " (0.8 for 80%); the run fails rather than run without the gate.",
                "invalid value [strict] for configuration key [invariants.preconditions]: expected `guard` or `enforce`;"
                        + " the run fails rather than run without the check it asks for (the tests run with `guard`).");
        // The precondition mode is applied when the plan starts: it says so then, not only at the end.
        assertThat(warnings.toString(StandardCharsets.UTF_8).lines()).containsExactly("[invariants] WARNING "
                + settings.refusals().get(1));
    }

    @Test
    @DisplayName("should refuse every mistyped coverage: a percentage, a decimal comma, above 1; and take empty as unset")
    void coverageForms() {
        for (String typo : new String[] {"80", "80%", "0,8", "1.5", "-0.1", "NaN", "eighty"}) {
            assertThat(settings(Map.of("invariants.gate.min-coverage", typo)).refusals()).as(typo).singleElement()
                    .asString().startsWith("invalid value [" + typo + "] for configuration key [invariants.gate.min-coverage]");
        }
        assertThat(settings(Map.of("invariants.gate.min-coverage", "  ")).refusals()).isEmpty();
        assertThat(settings(Map.of("invariants.gate.min-coverage", "1")).gateMinCoverage()).hasValue(1.0);
        assertThat(settings(Map.of("invariants.gate.min-coverage", "0")).refusals()).isEmpty();
    }

    @Test
    @DisplayName("should refuse a mistyped partial-runs mode, which would leave partial runs ungated, and accept either case")
    void partialRunsMode() {
        assertThat(settings(Map.of("invariants.gate.partial-runs", "aply")).refusals()).containsExactly(
                "invalid value [aply] for configuration key [invariants.gate.partial-runs]: expected `skip` or `apply`;"
                        + " the run fails rather than run without the gate of partial runs.");
        assertThat(settings(Map.of("invariants.gate.partial-runs", "APPLY")).gatePartialRuns()).isTrue();
        assertThat(settings(Map.of("invariants.gate.partial-runs", "skip")).refusals()).isEmpty();
        assertThat(settings(Map.of()).gatePartialRuns()).isFalse();
    }

    private static Settings settings(Map<String, String> values) {
        return Settings.from(key -> Optional.ofNullable(values.get(key)));
    }
}
