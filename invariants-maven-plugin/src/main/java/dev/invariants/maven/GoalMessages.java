package dev.invariants.maven;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The goals' messages about where the report is and whether it is this build's; one factory per message. */
final class GoalMessages {

    private GoalMessages() {}

    static String directoryMismatch(Path configured, Map<String, Path> written) {
        return "invariants-maven-plugin: reportDirectory is " + configured + ", but the tests write the invariants report to "
                + where(written) + "; make both name the same directory (or leave reportDirectory unset: it then follows"
                + " invariants.report.dir)";
    }

    static String directoriesDiffer(Map<String, Path> written) {
        return "invariants-maven-plugin: the test executions write their invariants reports to different directories ("
                + where(written) + "); set reportDirectory to the one this goal reads";
    }

    /** The check found no report of this build although this Maven run ran the tests. */
    static String noCurrentReport(Path file, String earlierBuild) {
        return "No invariants report of this build at " + file
                + (earlierBuild == null ? "" : ": the one there is from an earlier build (" + earlierBuild + ") and is not judged")
                + ". The tests of this build wrote none there: check that they run with invariants-junit and that"
                + " invariants.report.dir (the tests) and reportDirectory (this goal) name the same directory.";
    }

    /** The check runs on its own, without the tests, and finds no report at all. */
    static String noReport(Path file) {
        return "No invariants report at " + file + ": run the tests first (with invariants-junit), in this Maven run or"
                + " an earlier one.";
    }

    static String checkSkipped(String reason) {
        return "Skipping the invariants check: the tests were skipped (" + reason + "), so there is no report of this"
                + " build to judge, and an earlier build's is not judged";
    }

    static String reportSkipped(String reason) {
        return "Skipping the invariants report: the tests were skipped (" + reason + ")";
    }

    static String judgingEarlierBuild(Path file, String build) {
        return "Judging the invariants report at " + file + " of build " + build
                + ": this Maven run does not run the tests";
    }

    static String staleReportKept(Path dir, String build) {
        return "The invariants report in " + dir + " is from an earlier build (" + build + "), not from the tests of"
                + " this build: it is not rewritten as this build's";
    }

    static String shardMissing(Path dir) {
        return dir + " does not exist";
    }

    static String shardWithoutReport(Path dir) {
        return dir + " holds no invariants report (no parts/ and no invariants.json)";
    }

    static String globMatchesNothing(String glob, Path basedir) {
        return "[" + glob + "] matches no directory (relative to " + basedir + ")";
    }

    /** Every listed report directory that cannot be merged: a shard's report must not go missing in silence. */
    static String shardsRefused(List<String> problems) {
        return "invariants-maven-plugin: cannot merge the report directories of mergeDirectories: "
                + String.join("; ", problems);
    }

    private static String where(Map<String, Path> written) {
        return written.entrySet().stream().map(e -> e.getValue() + " (" + e.getKey() + ")").collect(Collectors.joining(", "));
    }
}
