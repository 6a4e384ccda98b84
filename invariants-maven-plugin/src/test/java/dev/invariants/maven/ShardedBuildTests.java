package dev.invariants.maven;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A sharded CI run as real Maven builds of the {@code single-module} fixture (five invariants): two machines each run
 * half of the tests (each reaching less than 50% alone, 60% together), a third merges their report directories with
 * {@code report}'s {@code mergeDirectories} and gates the result with {@code check}.
 */
class ShardedBuildTests {

    private static Path shardOne;
    private static Path shardTwo;

    @BeforeAll
    static void shards() throws Exception {
        shardOne = shard("-Dtest=FeesTest,PremiumTest");
        shardTwo = shard("-Dtest=RejectTest,NothingTest");
    }

    @Test
    @DisplayName("should merge the shards' directories matched by a glob, and check the merged report")
    void mergedByGlob() throws Exception {
        FixtureBuild merge = mergeJob();

        FixtureBuild.Outcome outcome = merge.mvn("invariants:report", "invariants:check",
                "-Dinvariants.mergeDirectories=shards/*", "-Dinvariants.minCoverage=0.5");

        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        // The fixture runs forkCount=2: each shard's directory holds the parts of two JVMs.
        assertThat(outcome.output()).contains("[INFO] Invariants: 5 declared, 3 checked, 2 unchecked, 0 violated, 0 broken;"
                + " coverage 60.0% over 4 tests from 4 JVMs merged from mergeDirectories")
                .contains("[INFO] All invariant checks met: coverage 60.0% (minimum 50.0%)");
        JsonObject report = JsonParser.parseString(Files.readString(merge.dir().resolve("target/invariants/invariants.json")))
                .getAsJsonObject();
        assertThat(report.getAsJsonObject("summary").get("tests").getAsInt()).isEqualTo(4);
        assertThat(report.getAsJsonObject("summary").get("checked").getAsInt()).isEqualTo(3);
    }

    @Test
    @DisplayName("should merge a list of directories, and fail the check on the merged coverage")
    void mergedFromListFailsCheck() throws Exception {
        FixtureBuild merge = mergeJob();

        FixtureBuild.Outcome outcome = merge.mvn("invariants:report", "invariants:check",
                "-Dinvariants.mergeDirectories=shards/one,shards/two", "-Dinvariants.minCoverage=0.8");

        assertThat(outcome.exitCode()).isNotZero();
        assertThat(outcome.output()).contains("invariant coverage 60.0% is below the minimum 80.0% (minCoverage=0.8):"
                + " 3 of 5 invariants checked");
    }

    @Test
    @DisplayName("should fail naming every listed directory that does not exist or holds no report, and a glob matching none")
    void missingShards() throws Exception {
        FixtureBuild merge = mergeJob();
        Files.createDirectories(merge.dir().resolve("shards/empty"));

        FixtureBuild.Outcome outcome = merge.mvn("invariants:report",
                "-Dinvariants.mergeDirectories=shards/one,shards/three,shards/empty,downloads/*");

        assertThat(outcome.exitCode()).isNotZero();
        assertThat(outcome.output()).contains("invariants-maven-plugin: cannot merge the report directories of"
                + " mergeDirectories: [downloads/*] matches no directory (relative to " + merge.dir() + "); "
                + merge.dir().resolve("shards/three") + " does not exist; " + merge.dir().resolve("shards/empty")
                + " holds no invariants report (no parts/ and no invariants.json)");
        assertThat(merge.dir().resolve("target/invariants/invariants.json")).doesNotExist();
    }

    /** One machine: a fresh copy that runs its share of the tests; its report directory is what CI uploads. */
    private static Path shard(String tests) throws Exception {
        FixtureBuild build = FixtureBuild.copy("single-module");
        FixtureBuild.Outcome outcome = build.mvn("test", tests);
        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        return build.dir().resolve("target/invariants");
    }

    /** The merge job's machine: a fresh checkout with the shards' directories downloaded under shards/. */
    private static FixtureBuild mergeJob() {
        FixtureBuild merge = FixtureBuild.copy("single-module");
        copyTree(shardOne, merge.dir().resolve("shards/one"));
        copyTree(shardTwo, merge.dir().resolve("shards/two"));
        return merge;
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path copy = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
