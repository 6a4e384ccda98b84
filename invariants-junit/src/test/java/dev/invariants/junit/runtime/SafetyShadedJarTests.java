package dev.invariants.junit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.junit.testkit.ForkedJvm;
import dev.invariants.junit.testkit.ReportFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Only expressions from the code's own annotations are ever compiled: Java code placed in a test's
 * display name, in a report file the run merges, in environment variables and in an unrelated system
 * property stays text. A tripwire leaves a file whenever it is evaluated; the control proves it works.
 */
class SafetyShadedJarTests {

    private static final String FIRE = "dev.invariants.junit.fixtures.safety.Tripwire.fire(\\\"%s\\\")";

    @Test
    @DisplayName("should evaluate no string from test names, report files, the environment or properties")
    void onlyAnnotationsAreEvaluated() throws Exception {
        Path tripwire = Files.createTempDirectory("tripwire");
        Path reportDir = Files.createTempDirectory("safety");
        Path parts = Files.createDirectories(reportDir.resolve("parts"));
        // A part of the same build, as another fork would have written it, declaring an invariant made of code.
        Files.writeString(parts.resolve("safety--pid1-s1.json"), """
                {"schema":"dev.invariants.report/1","build":"safety","assertionsCounted":true,"parts":1,
                 "invariants":[{"id":"from-a-file","kind":"method","owner":"com.acme.Evil","member":"run()",
                   "source":"Evil.java:1","pre":"%s","post":"%s","raises":[],"description":"<img src=x onerror=alert(1)>",
                   "problems":[],"counts":{"preHeld":1,"preFailed":0,"passed":1,"violated":0}}],
                 "tests":[],"containers":[],"unattributed":{}}
                """.formatted(FIRE.formatted("file-pre"), FIRE.formatted("file-post")));

        ForkedJvm.Outcome run = ForkedJvm.dropping(name -> false)
                .environment("INVARIANTS_POST", FIRE.formatted("env").replace("\\", ""))
                .environment("invariants.pre", FIRE.formatted("env-dotted").replace("\\", ""))
                .option("-Dinvariants.tripwire=" + tripwire)
                .option("-Dinvariants.report.dir=" + reportDir)
                .option("-Dinvariants.report.build-id=safety")
                .option("-Dinvariants.expression=" + FIRE.formatted("property").replace("\\", ""))
                .runMain("dev.invariants.junit.testkit.ForkedMain", "dev.invariants.junit.fixtures.safety.SafetyTestCase");

        assertThat(run.output()).contains("<script>alert(1)</script> SUCCESSFUL");
        try (Stream<Path> fired = Files.list(tripwire)) {
            assertThat(fired.map(p -> p.getFileName().toString())).as("what was evaluated").containsExactly("annotation");
        }
        ReportFiles report = ReportFiles.read(reportDir);
        // The part was read and merged: its expressions are in the report, as text.
        assertThat(report.invariant("from-a-file").get("post").getAsString())
                .isEqualTo("dev.invariants.junit.fixtures.safety.Tripwire.fire(\"file-post\")");
        assertThat(report.invariant("tripwire-control").get("status").getAsString()).isEqualTo("checked");
        String html = Files.readString(reportDir.resolve("index.html"));
        assertThat(html).doesNotContain("<script>alert(1)</script>").doesNotContain("<img src=x")
                .contains("&lt;img src=x onerror=alert(1)&gt;");
    }
}
