package dev.invariants.maven;

import java.io.File;
import java.nio.file.Path;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** The parameters both goals read the report with: where it is, whether it is the reactor's, and skipping. */
abstract class ReportGoal extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    /** Where the test JVMs wrote the report (the {@code invariants.report.dir} of the tests). */
    @Parameter(property = "invariants.reportDirectory", defaultValue = "${project.build.directory}/invariants")
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
}
