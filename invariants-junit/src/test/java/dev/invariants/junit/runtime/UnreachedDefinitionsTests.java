package dev.invariants.junit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.invariants.junit.fixtures.unrun.HalfCalledTestCase;
import dev.invariants.junit.testkit.FixtureRun;
import dev.invariants.junit.testkit.FixtureRunResult;
import dev.invariants.junit.testkit.ReportFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A definition error is reported whether or not its member ever runs (issue 17, item 7; the contract):
 * in a class whose checks were compiled for another member, and in a declared class no test loaded.
 */
@DisplayName("Definition errors no call reached")
class UnreachedDefinitionsTests {

    private static FixtureRunResult result;
    private static ReportFiles report;

    @BeforeAll
    static void run() throws Exception {
        Path dir = Files.createTempDirectory("unreached");
        result = FixtureRun.of(HalfCalledTestCase.class).configuration("invariants.report.dir", dir.toString())
                .configuration("invariants.scan.packages", "dev.invariants.junit.fixtures.unrun").execute();
        report = ReportFiles.read(dir);
    }

    @Test
    @DisplayName("should report broken, with its message, an invariant of a member no test called in a class that ran")
    void uncalledMember() {
        JsonObject invariant = report.invariant("half-uncalled");
        assertThat(invariant.get("status").getAsString()).isEqualTo("broken");
        assertThat(report.strings(invariant, "problems")).singleElement().asString()
                .contains("attribute `post`: [reslt >= 0] does not compile: cannot find symbol: variable reslt");
        assertThat(report.invariant("half-called").get("status").getAsString()).isEqualTo("checked");
    }

    @Test
    @DisplayName("should report broken the invariants of a class no test loaded, and leave its fine ones unchecked")
    void classNeverLoaded() {
        assertThat(report.invariant("never-dangling").get("status").getAsString()).isEqualTo("broken");
        assertThat(report.strings(report.invariant("never-dangling"), "problems")).singleElement().asString()
                .contains("[reslt >= 0 &&] does not compile: illegal start of expression");
        assertThat(report.invariant("never-type").get("status").getAsString()).isEqualTo("broken");
        JsonObject fine = report.invariant("never-fine");
        assertThat(fine.get("status").getAsString()).isEqualTo("unchecked");
        assertThat(report.strings(fine, "problems")).isEmpty();
        assertThat(System.getProperty("invariants.fixtures.unrun.initialised")).isNull();
    }

    @Test
    @DisplayName("should not change the outcome of the test that ran")
    void testPasses() {
        assertThat(result.test("callsOne()").successful()).isTrue();
        assertThat(result.failures()).isEmpty();
    }

    @Test
    @DisplayName("should fail the session naming each of them, uncalled member and unloaded class alike")
    void sessionFails() {
        assertThat(result.closeFailure()).isInstanceOf(AssertionError.class);
        assertThat(result.closeFailure().getMessage())
                .startsWith("4 invariant definition errors: the tests ran without checking them and kept their own outcomes")
                .contains("\n    @Invariant half-uncalled on ", "\n    @Invariant never-dangling on ",
                        "\n    @Invariant never-type on ", "\n    @Invariant never-unknown on ")
                .doesNotContain("never-fine", "half-called on");
    }
}
