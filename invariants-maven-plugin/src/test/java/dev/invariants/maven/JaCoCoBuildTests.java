package dev.invariants.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Real Maven builds with JaCoCo's agent (jacoco-maven-plugin's prepare-agent) next to ours. JaCoCo prints a
 * stack trace for every class it cannot instrument, so whatever our run time loads shows in the user's log.
 */
class JaCoCoBuildTests {

    /** JaCoCo 0.8.12 reads class files up to Java 23: on JDK 25 every JDK class it is handed fails, ours do not. */
    private static final String JACOCO_OLDER_THAN_THE_JDK = "0.8.12";

    @Test
    @DisplayName("should check invariants and leave JaCoCo's report and log as without us (current JaCoCo, this JDK)")
    void currentJaCoCo() throws Exception {
        FixtureBuild build = FixtureBuild.copy("with-jacoco");

        FixtureBuild.Outcome outcome = build.mvn("verify");

        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        assertThat(checked(build)).isEqualTo(1);
        assertThat(build.dir().resolve("target/site/jacoco/jacoco.xml")).isRegularFile();
        assertThat(stackTraceLines(outcome.output())).as(outcome.output()).isZero();
    }

    @Test
    @DisplayName("should load no JDK class that a JaCoCo older than the JDK fails on: the log stays quiet (JDK 25)")
    void jacocoOlderThanTheJdk() throws Exception {
        Path jdk25 = Path.of(System.getenv().getOrDefault("JDK25", "/usr/lib/jvm/temurin-25-jdk-amd64"));
        assumeTrue(Files.isExecutable(jdk25.resolve("bin/java")), "no JDK 25 at " + jdk25 + " (set JDK25)");
        FixtureBuild build = FixtureBuild.copy("with-jacoco");

        FixtureBuild.Outcome control = build.mvnOn(jdk25, "verify", "-Djacoco.version=" + JACOCO_OLDER_THAN_THE_JDK,
                "-DloadCompiler=true");
        FixtureBuild.Outcome quiet = build.mvnOn(jdk25, "verify", "-Djacoco.version=" + JACOCO_OLDER_THAN_THE_JDK);

        // The control: one test touching the JDK's compiler, as our javac fallback once did, floods the log.
        assertThat(control.output()).contains("Error while instrumenting javax/tools/ToolProvider with JaCoCo 0.8.12");
        assertThat(stackTraceLines(control.output())).isGreaterThan(100);
        assertThat(quiet.exitCode()).as(quiet.output()).isZero();
        assertThat(checked(build)).isEqualTo(1);
        assertThat(quiet.output()).doesNotContain("Error while instrumenting");
        assertThat(stackTraceLines(quiet.output())).as(quiet.output()).isZero();
    }

    private static int checked(FixtureBuild build) throws Exception {
        return JsonParser.parseString(Files.readString(build.dir().resolve("target/invariants/invariants.json")))
                .getAsJsonObject().getAsJsonObject("summary").get("checked").getAsInt();
    }

    private static int stackTraceLines(String log) {
        Matcher frames = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(").matcher(log);
        int count = 0;
        while (frames.find()) {
            count++;
        }
        return count;
    }
}
