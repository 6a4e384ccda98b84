package dev.invariants.maven;

import dev.invariants.report.Report;
import dev.invariants.report.internal.store.BuildId;
import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** The parameters both goals read the report with: where it is, whether it is the reactor's, and skipping. */
abstract class ReportGoal extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    /**
     * Where the test JVMs wrote the report. Unset: the {@code invariants.report.dir} the tests were configured
     * with (Surefire's configuration parameters, system properties, {@code junit-platform.properties}), else
     * {@code ${project.build.directory}/invariants}. Set to another directory than the tests', it fails the goal.
     */
    @Parameter(property = "invariants.reportDirectory")
    File reportDirectory;

    /** Work on the reactor's aggregated report, once, after the last module. */
    @Parameter(property = "invariants.aggregate", defaultValue = "false")
    boolean aggregate;

    /** Where the aggregated report is. Default: {@code target/invariants-aggregate} of the top-level project. */
    @Parameter(property = "invariants.aggregateDirectory")
    File aggregateDirectory;

    /** Skips the goal. */
    @Parameter(property = "invariants.skip", defaultValue = "false")
    boolean skip;

    /** Whether this is the module an aggregating goal runs in: the reactor's last. */
    boolean isLastModule() {
        return Reports.isLast(session, project);
    }

    /** The aggregated report's directory. */
    Path aggregatePath() {
        return Reports.aggregateDirectory(session, aggregateDirectory);
    }

    TestConfiguration tests() {
        return new TestConfiguration(session, project);
    }

    /** This module's report directory: the tests' own, or {@code reportDirectory} when it names the same one. */
    Path reportPath() throws MojoExecutionException {
        return reportPath(project);
    }

    /** The report directory of {@code module}, by the same rule as {@link #reportPath()}. */
    Path reportPath(MavenProject module) throws MojoExecutionException {
        Map<String, Path> written = new TestConfiguration(session, module).reportDirectories();
        Set<Path> distinct = new TreeSet<>(written.values());
        if (reportDirectory != null) {
            // In a reactor, another module's is the same place relative to its build directory.
            Path relative = Path.of(project.getBuild().getDirectory()).toAbsolutePath()
                    .relativize(reportDirectory.toPath().toAbsolutePath());
            Path configured = Path.of(module.getBuild().getDirectory()).toAbsolutePath().resolve(relative).normalize();
            if (!distinct.isEmpty() && !distinct.contains(configured)) {
                throw new MojoExecutionException(GoalMessages.directoryMismatch(configured, written));
            }
            return configured;
        }
        if (distinct.size() > 1) {
            throw new MojoExecutionException(GoalMessages.directoriesDiffer(written));
        }
        return distinct.isEmpty() ? Path.of(module.getBuild().getDirectory(), "invariants") : distinct.iterator().next();
    }

    /** Whether {@code report} belongs to this Maven run: its build id is this process, or one the tests were given. */
    boolean isCurrent(Report report) {
        if (BuildId.ofThisProcess().equals(report.build())) {
            return true;
        }
        return tests().configuredBuildIds().stream().map(id -> BuildId.of(Optional.of(id))).anyMatch(report.build()::equals);
    }
}
