package dev.invariants.property;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.property.fixtures.Fixtures;
import dev.invariants.property.fixtures.ThresholdsTestCase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;

class RememberedExamplesTests {

    @AfterEach
    void forget() {
        Fixtures.examples = null;
    }

    @Test
    @DisplayName("should remember a shrunk counterexample and replay it first on the next run")
    void remembered(@TempDir Path directory) throws Exception {
        Fixtures.examples = directory;

        Map<String, TestExecutionResult> first = GeneratedPropertiesTests.run(ThresholdsTestCase.class);
        try (var files = Files.list(directory)) {
            assertThat(files.count()).as("one remembered example per failing property").isEqualTo(3);
        }
        Map<String, TestExecutionResult> second = GeneratedPropertiesTests.run(ThresholdsTestCase.class);

        String again = GeneratedPropertiesTests.message(second.get("below-1000 · identity(int)"));
        assertThat(GeneratedPropertiesTests.message(first.get("below-1000 · identity(int)"))).contains("found after [");
        assertThat(again).contains("\t  x = [1000]\n")
                .contains("\treplayed an example remembered in [" + directory + "]; delete it to forget it\n")
                .doesNotContain("found after");
    }
}
