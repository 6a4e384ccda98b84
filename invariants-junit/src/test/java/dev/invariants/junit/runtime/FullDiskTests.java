package dev.invariants.junit.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.invariants.junit.fixtures.method.FeeCalculatorTestCase;
import dev.invariants.junit.internal.config.Warnings;
import dev.invariants.junit.testkit.FixtureRun;
import dev.invariants.junit.testkit.FixtureRunResult;
import dev.invariants.junit.testkit.ReportFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A report directory on a real, tiny file system (a 1 MB tmpfs; mounting needs root, as CI has) that
 * fills up while the report is written: the merged report stays the last whole one, the tests' results stand.
 */
class FullDiskTests {

    @Test
    void shouldKeepTheLastWholeReportWhenTheDiskFillsWhileWriting() throws Exception {
        Path mount = Files.createTempDirectory("tinyfs");
        Process mounting = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mount.toString())
                .redirectErrorStream(true).start();
        assumeTrue(mounting.waitFor() == 0, "mounting a tmpfs needs root: " + new String(mounting.getInputStream()
                .readAllBytes(), StandardCharsets.UTF_8));
        try {
            Path dir = mount.resolve("report");
            FixtureRun.of(FeeCalculatorTestCase.class).configuration("invariants.report.dir", dir.toString()).execute();
            String whole = Files.readString(dir.resolve("invariants.json"));
            // The disk is full when the next session publishes: its part cannot be written, nor anything after it.
            fill(mount.resolve("filler"));

            ByteArrayOutputStream warnings = new ByteArrayOutputStream();
            PrintStream previous = Warnings.redirect(new PrintStream(warnings, true, StandardCharsets.UTF_8));
            FixtureRunResult again;
            try {
                again = FixtureRun.of(FeeCalculatorTestCase.class).configuration("invariants.report.dir", dir.toString())
                        .execute();
            } finally {
                Warnings.redirect(previous);
            }

            assertThat(again.test("capsPremiumFees()").successful()).isTrue();
            assertThat(again.test("exceedsTheCapForHugePremiumAmounts()").failureMessage())
                    .startsWith("Invariant [premium-fee-cap] violated");
            assertThat(warnings.toString(StandardCharsets.UTF_8)).contains("cannot write the report to")
                    .contains("No space left on device");
            assertThat(Files.readString(dir.resolve("invariants.json"))).isEqualTo(whole);
            assertThat(ReportFiles.read(dir).summary().get("tests").getAsInt()).isEqualTo(3);
            try (Stream<Path> files = Files.walk(dir)) {
                assertThat(files.map(Path::toString)).noneMatch(name -> name.endsWith(".tmp"));
            }
        } finally {
            new ProcessBuilder("umount", mount.toString()).start().waitFor();
        }
    }

    private static void fill(Path file) throws IOException {
        byte[] block = new byte[1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            assertThat(full).hasMessageContaining("No space left on device");
        }
    }
}
