package dev.invariants.maven;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real Maven builds of a project pinned to one JUnit version, with invariants-junit and invariants-property
 * declared before JUnit or after it (the fixture's profiles {@code ours-first} and {@code junit-first}). Maven
 * takes the first declaration at equal depth, so a JUnit jar of ours declared first would replace the
 * project's own and mix two JUnit versions in one test JVM.
 */
class JUnitVersionsBuildTests {

    @ParameterizedTest(name = "JUnit {0}, {1}")
    @DisplayName("should run the project's own JUnit, every jar at its pinned version, checks and generated tests included")
    @CsvSource({
        "5.10.5, ours-first",
        "5.10.5, junit-first",
        "5.11.4, ours-first",
        "5.12.2, ours-first",
        "5.13.4, ours-first",
        "5.14.4, ours-first",
        "6.0.3, ours-first",
        "6.1.3, ours-first",
    })
    void supported(String junit, String order) throws Exception {
        FixtureBuild build = FixtureBuild.copy("junit-versions");

        FixtureBuild.Outcome outcome = build.mvn("test", "-P" + order, "-Djunit.version=" + junit);

        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        // JUnitJarsTest asserts the versions inside the test JVM; FeesTest has one checked call and one generated test.
        assertThat(outcome.output()).contains("Tests run: 3, Failures: 0, Errors: 0, Skipped: 0")
                .doesNotContain("NoClassDefFoundError").doesNotContain("NoSuchMethodError");
        JsonObject summary = JsonParser.parseString(Files.readString(build.dir().resolve("target/invariants/invariants.json")))
                .getAsJsonObject().getAsJsonObject("summary");
        assertThat(summary.get("checked").getAsInt()).isEqualTo(1);
        assertThat(summary.get("tests").getAsInt()).isEqualTo(3);
    }

    @Test
    @DisplayName("should stop a run on JUnit 5.9 with one line naming the platform found and the oldest supported")
    void olderThanSupported() throws Exception {
        FixtureBuild build = FixtureBuild.copy("junit-versions");

        FixtureBuild.Outcome outcome = build.mvn("test", "-Pours-first", "-Djunit.version=5.9.3");

        assertThat(outcome.exitCode()).isNotZero();
        assertThat(outcome.output()).contains("invariants needs JUnit Platform 1.10 (JUnit 5.10) or newer, but this test run"
                        + " has junit-platform-launcher 1.9.3: move the project to JUnit 5.10 or newer")
                .doesNotContain("NoClassDefFoundError").doesNotContain("NoSuchMethodError");
    }

    @Test
    @DisplayName("should name both versions on JUnit 5.7 too, where no session listener runs and nothing of ours can stop the run")
    void beforeLauncherSessions() throws Exception {
        FixtureBuild build = FixtureBuild.copy("junit-versions");

        FixtureBuild.Outcome outcome = build.mvn("test", "-Pours-first", "-Djunit.version=5.7.2");

        // Platform 1.7 only logs what a TestExecutionListener throws: the line is there, the run goes on unchecked
        // (here it fails because the generated test finds its invariant never evaluated).
        assertThat(outcome.output()).contains("invariants needs JUnit Platform 1.10 (JUnit 5.10) or newer, but this test run"
                        + " has junit-platform-launcher 1.7.2")
                .doesNotContain("NoClassDefFoundError").doesNotContain("NoSuchMethodError");
    }
}
