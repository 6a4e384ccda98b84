package dev.invariants.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What one suite's runs left under {@code target/}: its Surefire reports, its JaCoCo CSV report and
 * its invariant report. Missing files stay missing (negative counts, a {@code null} report): the demo
 * never prints a number nobody measured.
 *
 * @param suite the suite's directory name, such as {@code ai-written}
 * @param tests tests run, or -1 when no Surefire report was found
 * @param failed failures plus errors, or -1
 * @param skipped skipped tests, or -1
 * @param linesCovered lines JaCoCo saw executed, or -1 when no JaCoCo report was found
 * @param linesTotal lines JaCoCo measured, or -1
 * @param invariants the suite's {@code invariants.json}, or {@code null} when none was written
 */
record SuiteResults(String suite, int tests, int failed, int skipped, int linesCovered, int linesTotal, InvariantReport invariants) {

    // Counted per test case: with @Nested classes Surefire writes tests="0" on the outer <testsuite>.
    private static final Pattern TEST_CASE = Pattern.compile("<testcase[\\s>]");
    private static final Pattern FAILURE = Pattern.compile("<(failure|error)[\\s>/]");
    private static final Pattern SKIPPED = Pattern.compile("<skipped[\\s>/]");

    static SuiteResults read(Path target, String suite) {
        int[] tests = readSurefire(target.resolve("surefire-reports").resolve(suite));
        int[] lines = readJacocoLines(target.resolve("jacoco").resolve(suite).resolve("jacoco.csv"));
        Path report = target.resolve("invariants").resolve(suite).resolve("invariants.json");
        return new SuiteResults(suite, tests[0], tests[1], tests[2], lines[0], lines[1],
                Files.isRegularFile(report) ? InvariantReport.read(report) : null);
    }

    /** @return {tests, failures + errors, skipped}, or -1 each when there is no report */
    private static int[] readSurefire(Path directory) {
        if (!Files.isDirectory(directory)) {
            return new int[] {-1, -1, -1};
        }
        int tests = 0;
        int skipped = 0;
        int failed = 0;
        boolean found = false;
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files.filter(SuiteResults::isTestReport).sorted()::iterator) {
                String report = Files.readString(file);
                found = true;
                tests += count(TEST_CASE, report);
                failed += count(FAILURE, report);
                skipped += count(SKIPPED, report);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Surefire reports in " + directory, e);
        }
        return found ? new int[] {tests, failed, skipped} : new int[] {-1, -1, -1};
    }

    private static boolean isTestReport(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith("TEST-") && name.endsWith(".xml");
    }

    private static int count(Pattern pattern, String text) {
        int count = 0;
        for (Matcher matcher = pattern.matcher(text); matcher.find(); ) {
            count++;
        }
        return count;
    }

    /** @return {covered, total} lines, or {-1, -1} when there is no report */
    private static int[] readJacocoLines(Path csv) {
        if (!Files.isRegularFile(csv)) {
            return new int[] {-1, -1};
        }
        try {
            List<String> rows = Files.readAllLines(csv);
            List<String> header = List.of(rows.get(0).split(","));
            int missedColumn = header.indexOf("LINE_MISSED");
            int coveredColumn = header.indexOf("LINE_COVERED");
            if (missedColumn < 0 || coveredColumn < 0) {
                throw new IllegalStateException(csv + " has no LINE_MISSED/LINE_COVERED columns: " + rows.get(0));
            }
            int missed = 0;
            int covered = 0;
            for (String row : rows.subList(1, rows.size())) {
                String[] cells = row.split(",");
                missed += Integer.parseInt(cells[missedColumn]);
                covered += Integer.parseInt(cells[coveredColumn]);
            }
            return new int[] {covered, covered + missed};
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        }
    }
}
