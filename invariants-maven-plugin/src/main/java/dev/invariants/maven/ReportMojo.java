package dev.invariants.maven;

import dev.invariants.report.BaselineDelta;
import dev.invariants.report.Report;
import dev.invariants.report.ReportReader;
import dev.invariants.report.Summary;
import dev.invariants.report.internal.ratchet.Baseline;
import dev.invariants.report.internal.store.PartStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes one {@code invariants.json} and {@code index.html} from the parts every test JVM of this
 * build left in {@code reportDirectory}; with {@code aggregate}, from the reports of every module of
 * the reactor, once, after the last module. With {@code mergeDirectories}, from the report directories of several
 * machines instead (a sharded CI run), like {@code jacoco:merge}; {@code check} then judges the merged report.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class ReportMojo extends ReportGoal {

    /** Creates the goal; Maven sets its parameters. */
    public ReportMojo() {}

    /**
     * The report directories to merge instead of the tests' own, one per machine of a sharded build: directories or
     * globs ({@code shards/*}), relative to the project's directory, comma-separated in the property. The merged
     * report is written where {@code check} reads (the module's report directory, or the aggregate's with
     * {@code aggregate}). A listed directory that does not exist or holds no report, or a glob that matches no
     * directory, fails the goal naming it. Unset: this build's own report.
     */
    @Parameter(property = "invariants.mergeDirectories")
    List<String> mergeDirectories;

    /**
     * The comparison with a baseline that the tests' session gate ({@code invariants.gate.baseline}) wrote into this
     * build's report, or {@code null}: the parts carry none (a delta holds for the merged report only), so the report
     * rebuilt from them is compared again with the same file.
     */
    private static BaselineDelta earlierBaseline(PartStore store, Report rebuilt) {
        if (!Files.isRegularFile(store.reportFile())) {
            return null;
        }
        try {
            Report written = ReportReader.read(store.reportFile());
            return java.util.Objects.equals(written.build(), rebuilt.build()) ? written.baseline() : null;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private String reportDirectoryName() {
        return reportDirectory != null ? reportDirectory.toString() : "target/invariants";
    }

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("Skipping the invariants report (invariants.skip)");
            return;
        }
        boolean shards = mergeDirectories != null && !mergeDirectories.isEmpty();
        Optional<String> skipped = tests().skippedBecause();
        if (skipped.isPresent() && !shards) {
            getLog().info(GoalMessages.reportSkipped(skipped.get()));
            return;
        }
        Optional<Report> report;
        Path target;
        String merged = "";
        if (shards) {
            if (aggregate && !isLastModule()) {
                return;
            }
            report = Optional.of(Reports.shards(project.getBasedir().toPath(), mergeDirectories, getLog()::warn));
            merged = " merged from mergeDirectories";
            target = aggregate ? aggregatePath() : reportPath();
        } else if (aggregate) {
            if (!isLastModule()) {
                getLog().debug("The aggregated invariants report is written after the last module");
                return;
            }
            report = Reports.aggregate(session, this::reportPath, getLog()::warn);
            target = aggregatePath();
        } else {
            target = reportPath();
            report = Reports.module(target, getLog()::warn);
        }
        if (report.isEmpty()) {
            getLog().info("Skipping the invariants report: no report found in " + (aggregate ? reportDirectoryName() : target)
                    + (aggregate ? " of any module" : "") + " (did the tests run with invariants-junit?)");
            return;
        }
        if (!isCurrent(report.get()) && tests().testsRunInThisBuild()) {
            // The check says so and fails; rewriting it would only make the earlier build's report look fresh.
            getLog().warn(GoalMessages.staleReportKept(target, report.get().build()));
            return;
        }
        PartStore store = new PartStore(target, getLog()::warn);
        report = Optional.of(Baseline.again(report.get(), earlierBaseline(store, report.get()), getLog()::warn));
        try {
            store.writeReport(report.get());
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the invariants report to " + target + ": " + e.getMessage(), e);
        }
        Summary s = report.get().summary();
        getLog().info("Invariants: " + s.declared() + " declared, " + s.checked() + " checked, " + s.unchecked()
                + " unchecked, " + s.violated() + " violated, " + s.broken() + " broken; coverage " + s.coveragePercent()
                + " over " + s.tests() + " tests from " + report.get().parts() + " JVMs" + merged);
        report.get().missing().forEach(m -> getLog().warn("Invariants report incomplete: " + m));
        getLog().info("Invariants report: " + store.htmlFile().toAbsolutePath().toUri());
    }
}
