package dev.invariants.junit.internal.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The floor on the JUnit Platform version; the real refusal on JUnit 5.9 is proved by JUnitVersionsBuildTests. */
class PlatformVersionTests {

    @Test
    @DisplayName("should accept Platform 1.10 and later, 6.x and pre-releases of either")
    void supported() {
        for (String version : new String[] {"1.10.0", "1.10.0-M1", "1.14.4", "6.0.0-RC1", "6.1.3", "7.0.0"}) {
            assertThat(PlatformVersion.problem("junit-platform-launcher", version)).as(version).isEmpty();
        }
    }

    @Test
    @DisplayName("should refuse Platform 1.9 and older with one line naming both versions")
    void tooOld() {
        assertThatThrownBy(() -> PlatformVersion.require("junit-platform-engine", "1.9.3"))
                .isInstanceOf(PlatformVersion.UnsupportedPlatformException.class)
                .hasMessage("invariants needs JUnit Platform 1.10 (JUnit 5.10) or newer, but this test run has"
                        + " junit-platform-engine 1.9.3: move the project to JUnit 5.10 or newer (all JUnit artifacts"
                        + " at one version, e.g. through org.junit:junit-bom), or leave invariants-junit out of this build.");
        assertThat(PlatformVersion.problem("junit-platform-launcher", "1.7.2")).isPresent();
    }

    @Test
    @DisplayName("should let a version it cannot read pass (a repackaged launcher), not guess")
    void unreadable() {
        assertThat(PlatformVersion.problem("junit-platform-launcher", null)).isEmpty();
        assertThat(PlatformVersion.problem("junit-platform-launcher", "snapshot")).isEmpty();
    }

    @Test
    @DisplayName("should find this build's own platform supported")
    void thisBuild() {
        assertThatCode(PlatformVersion::requireSupported).doesNotThrowAnyException();
    }
}
