package dev.invariants.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The exact text of the goals' messages that the fixture builds do not print (the others are asserted there). */
class GoalMessagesTests {

    @Test
    @DisplayName("should name every test execution and its directory when they differ")
    void directoriesDiffer() {
        Map<String, Path> written = new LinkedHashMap<>();
        written.put("surefire:unit", Path.of("/p/target/invariants/unit"));
        written.put("failsafe:it", Path.of("/p/target/invariants/it"));

        assertThat(GoalMessages.directoriesDiffer(written)).isEqualTo("invariants-maven-plugin: the test executions write"
                + " their invariants reports to different directories (/p/target/invariants/unit (surefire:unit),"
                + " /p/target/invariants/it (failsafe:it)); set reportDirectory to the one this goal reads");
    }

    @Test
    @DisplayName("should say where no report was found when the goal runs on its own")
    void noReport() {
        assertThat(GoalMessages.noReport(Path.of("/p/target/invariants/invariants.json"))).isEqualTo("No invariants report"
                + " at /p/target/invariants/invariants.json: run the tests first (with invariants-junit), in this Maven"
                + " run or an earlier one.");
    }
}
