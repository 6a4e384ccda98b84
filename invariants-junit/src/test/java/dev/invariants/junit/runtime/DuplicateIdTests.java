package dev.invariants.junit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.invariants.junit.fixtures.duplicates.DuplicatesTestCase;
import dev.invariants.junit.testkit.FixtureRun;
import dev.invariants.junit.testkit.FixtureRunResult;
import dev.invariants.junit.testkit.ReportFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** An id declared twice, in one class or in two: a definition error of both declarations, as a user sees it. */
class DuplicateIdTests {

    private static final String PACKAGE = "dev.invariants.junit.fixtures.duplicates.";

    private static FixtureRunResult result;
    private static ReportFiles report;

    @BeforeAll
    static void run() throws Exception {
        Path dir = Files.createTempDirectory("duplicates");
        result = FixtureRun.of(DuplicatesTestCase.class).configuration("invariants.report.dir", dir.toString())
                .configuration("invariants.scan.packages", "dev.invariants.junit.fixtures.duplicates").execute();
        report = ReportFiles.read(dir);
    }

    @Test
    @DisplayName("should list every declaration in the report, both of an id used twice in one class broken")
    void inOneClass() {
        assertThat(report.summary().get("declared").getAsInt()).isEqualTo(4);
        assertThat(report.root().getAsJsonArray("invariants")).hasSize(4);
        List<JsonObject> twice = entries("twice");
        assertThat(twice).extracting(i -> i.get("member").getAsString()).containsExactly("first(int)", "second(int)");
        assertThat(twice).allMatch(i -> i.get("status").getAsString().equals("broken"));
        String first = PACKAGE + "TwiceInOneClass.first(TwiceInOneClass.java:10)";
        String second = PACKAGE + "TwiceInOneClass.second(TwiceInOneClass.java:15)";
        assertThat(report.strings(twice.get(0), "problems")).containsExactly("@Invariant twice on " + first
                + ", attribute `id`: the id [twice] is declared twice in " + PACKAGE + "TwiceInOneClass, here and on "
                + second + "; ids must be unique in a code base");
        assertThat(report.strings(twice.get(1), "problems")).containsExactly("@Invariant twice on " + second
                + ", attribute `id`: the id [twice] is declared twice in " + PACKAGE + "TwiceInOneClass, here and on "
                + first + "; ids must be unique in a code base");
        // Neither rule is evaluated as written: the second's post would be violated by second(1).
        assertThat(result.test("callsSecondAgainstItsPost()").successful()).isTrue();
    }

    @Test
    @DisplayName("should not share counts between two classes declaring one id")
    void inTwoClasses() {
        List<JsonObject> shared = entries("shared");
        assertThat(shared).extracting(i -> i.get("owner").getAsString())
                .containsExactly(PACKAGE + "SharedOne", PACKAGE + "SharedTwo");
        for (JsonObject each : shared) {
            assertThat(each.get("status").getAsString()).isEqualTo("broken");
            // Before, each showed passed = 3: SharedOne's two calls and SharedTwo's one, by id.
            assertThat(ReportFiles.count(each, "passed")).isZero();
            assertThat(report.strings(each, "problems")).singleElement().asString()
                    .endsWith("attribute `id`: the id [shared] is declared by " + PACKAGE + "SharedOne and " + PACKAGE
                            + "SharedTwo; ids must be unique in a code base");
        }
    }

    @Test
    @DisplayName("should fail the session naming all four declarations, and no test")
    void sessionFails() {
        assertThat(result.failures()).isEmpty();
        assertThat(result.closeFailure()).isInstanceOf(AssertionError.class);
        assertThat(result.closeFailure().getMessage()).startsWith("4 invariant definition errors: ")
                .contains("\n    @Invariant twice on " + PACKAGE + "TwiceInOneClass.first(",
                        "\n    @Invariant twice on " + PACKAGE + "TwiceInOneClass.second(",
                        "\n    @Invariant shared on " + PACKAGE + "SharedOne.touch(",
                        "\n    @Invariant shared on " + PACKAGE + "SharedTwo.touch(");
    }

    private static List<JsonObject> entries(String id) {
        List<JsonObject> found = new ArrayList<>();
        for (JsonElement each : report.root().getAsJsonArray("invariants")) {
            if (each.getAsJsonObject().get("id").getAsString().equals(id)) {
                found.add(each.getAsJsonObject());
            }
        }
        return found;
    }
}
