package dev.invariants.maven;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Real Maven builds of the {@code gate-scope} fixture (five invariants; each test class checks two, the whole
 * build all five; the session gate asks for 80%): which data the session gate judges, and when it judges.
 */
class GateScopeBuildTests {

    @Test
    @DisplayName("should keep a running build's parts when another build shares the report directory, and gate each on its own")
    void twoBuildsOneDirectory() throws Exception {
        FixtureBuild first = FixtureBuild.copy("gate-scope");
        FixtureBuild second = FixtureBuild.copy("gate-scope");
        Path shared = first.dir().resolve("shared-report");
        Path release = first.dir().resolve("release");
        // The first build's CapTest fork waits for the release file; its other fork (FeeTest, WaiveTest) publishes.
        CompletableFuture<FixtureBuild.Outcome> running = CompletableFuture.supplyAsync(() -> mvn(first, "test",
                "-DreportDir=" + shared, "-Drelease=" + release));
        awaitPart(shared.resolve("parts"), running);

        FixtureBuild.Outcome meanwhile = second.mvn("test", "-DreportDir=" + shared);
        Files.writeString(release, "go");
        FixtureBuild.Outcome outcome = running.get(5, TimeUnit.MINUTES);

        assertThat(meanwhile.exitCode()).as(meanwhile.output()).isZero();
        assertThat(meanwhile.output()).contains("coverage 100.0% over 4 tests from 2 JVMs");
        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        assertThat(outcome.output()).contains("coverage 100.0% over 4 tests from 2 JVMs")
                .doesNotContain("is below the minimum");
        JsonObject report = JsonParser.parseString(Files.readString(shared.resolve("invariants.json"))).getAsJsonObject();
        assertThat(report.get("parts").getAsInt()).isEqualTo(2);
        assertThat(report.getAsJsonArray("missing")).isEmpty();
    }

    @Test
    @DisplayName("should report a run of one test method as partial, without a gate failure")
    void oneTestMethod() throws Exception {
        FixtureBuild build = FixtureBuild.copy("gate-scope");

        FixtureBuild.Outcome outcome = build.mvn("test", "-Dtest=FeeTest#one");

        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        // In scope: the three invariants of Fees.fee, which the test called (one checked, two whose pre was false).
        assertThat(outcome.output()).contains("Tests run: 1, Failures: 0, Errors: 0, Skipped: 0")
                .contains("[invariants] 5 invariants: 1 checked, 4 unchecked, 0 violated, 0 broken; coverage 20.0% over 1 test")
                .contains("[invariants] partial run: 3 of 5 invariants in scope (tests filtered by TestMethodFilter); the"
                        + " gate (invariants.gate.min-coverage) judges whole-suite runs only,"
                        + " invariants.gate.partial-runs=apply gates partial runs too")
                .doesNotContain("is below the minimum");
    }

    @Test
    @DisplayName("should gate a partial run when invariants.gate.partial-runs=apply")
    void partialRunGated() throws Exception {
        FixtureBuild build = FixtureBuild.copy("gate-scope");

        FixtureBuild.Outcome outcome = build.mvn("test", "-Dtest=FeeTest#one", "-DpartialRuns=apply");

        assertThat(outcome.exitCode()).isNotZero();
        assertThat(outcome.output()).contains("invariant coverage 20.0% is below the minimum 80.0%"
                + " (invariants.gate.min-coverage=0.8): 1 of 5 invariants checked").doesNotContain("partial run:");
    }

    @Test
    @DisplayName("should not gate each reuseForks=false fork on its share, say so, and leave the build's verdict to check")
    void forkPerTestClass() throws Exception {
        FixtureBuild build = FixtureBuild.copy("gate-scope");

        FixtureBuild.Outcome outcome = build.mvn("test", "invariants:check", "-Dforks=1", "-Dreuse=false",
                "-Dinvariants.minCoverage=0.8");

        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        assertThat(outcome.output()).doesNotContain("is below the minimum")
                .contains("Tests run: 4, Failures: 0, Errors: 0, Skipped: 0")
                .contains("All invariant checks met: coverage 100.0%");
        String notice = "[invariants] WARNING the session gate (invariants.gate.min-coverage=0.8) is not applied: with"
                + " Surefire's reuseForks=false each test class runs in a JVM of its own, one after another, and none"
                + " can know it is the build's last; gate the merged report with the invariants-maven-plugin's check"
                + " goal (minCoverage), which runs after every fork";
        assertThat(occurrences(outcome.output(), notice)).as(outcome.output()).isEqualTo(3);
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static FixtureBuild.Outcome mvn(FixtureBuild build, String... arguments) {
        try {
            return build.mvn(arguments);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until a JVM of the first build has published its part (its other JVM is still running). */
    private static void awaitPart(Path parts, CompletableFuture<FixtureBuild.Outcome> build) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            if (build.isDone()) {
                throw new AssertionError("the first build ended before its part appeared: " + build.get().output());
            }
            if (Files.isDirectory(parts)) {
                List<Path> published = new ArrayList<>();
                try (Stream<Path> files = Files.list(parts)) {
                    files.filter(p -> p.getFileName().toString().endsWith(".json")).forEach(published::add);
                }
                if (!published.isEmpty()) {
                    return;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no part of the first build appeared in " + parts);
    }
}
