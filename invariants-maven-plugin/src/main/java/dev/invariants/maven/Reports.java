package dev.invariants.maven;

import dev.invariants.report.Report;
import dev.invariants.report.ReportReader;
import dev.invariants.report.internal.merge.Merge;
import dev.invariants.report.internal.store.BuildId;
import dev.invariants.report.internal.store.PartStore;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;

/** Finding, merging and reading reports for the goals. */
final class Reports {

    private Reports() {}

    /** Where a module's tests wrote their report. */
    @FunctionalInterface
    interface ModuleDirectory {
        Path of(MavenProject module) throws MojoExecutionException;
    }

    /** A module's report: its newest build's parts merged, else its {@code invariants.json}, else empty. */
    static Optional<Report> module(Path dir, Consumer<String> warnings) throws MojoExecutionException {
        try {
            Optional<Report> merged = new PartStore(dir, warnings).mergeNewestBuild();
            if (merged.isPresent()) {
                return merged;
            }
            Path file = dir.resolve("invariants.json");
            return Files.isRegularFile(file) ? Optional.of(read(file)) : Optional.empty();
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read the invariants report in " + dir + ": " + e.getMessage(), e);
        }
    }

    static Report read(Path file) throws MojoExecutionException {
        try {
            return ReportReader.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            throw new MojoExecutionException("cannot read the invariants report " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The reports of every module of the reactor, merged. When some modules' reports come from this
     * Maven run, the others are from an earlier build and are left out with a warning; when none does
     * (the goal runs on its own after the tests), all are merged.
     */
    static Optional<Report> aggregate(MavenSession session, ModuleDirectory directories, Consumer<String> warnings)
            throws MojoExecutionException {
        Map<String, Report> byModule = new LinkedHashMap<>();
        for (MavenProject project : session.getProjects()) {
            module(directories.of(project), warnings).ifPresent(r -> byModule.put(project.getArtifactId(), r));
        }
        if (byModule.isEmpty()) {
            return Optional.empty();
        }
        String thisBuild = BuildId.ofThisProcess();
        boolean anyFromThisBuild = byModule.values().stream().anyMatch(r -> thisBuild.equals(r.build()));
        List<Report> included = new ArrayList<>();
        byModule.forEach((module, report) -> {
            if (!anyFromThisBuild || thisBuild.equals(report.build())) {
                included.add(report);
            } else {
                warnings.accept("the invariants report of module " + module + " is from an earlier build ("
                        + report.build() + "); it is left out of the aggregate");
            }
        });
        return Optional.of(Merge.merge(anyFromThisBuild ? thisBuild : "aggregate", included));
    }

    /**
     * The reports of a sharded build's directories ({@link ShardDirectories}) merged into one of this Maven run's
     * build, so {@code check} judges it as this build's. Every directory named must hold a report and every glob
     * match one; otherwise the goal fails naming each that does not.
     */
    static Report shards(Path basedir, List<String> entries, Consumer<String> warnings) throws MojoExecutionException {
        List<Report> reports = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<Path> dirs = ShardDirectories.resolve(basedir, entries, problems);
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                problems.add(GoalMessages.shardMissing(dir));
                continue;
            }
            Optional<Report> report = module(dir, warnings);
            if (report.isPresent()) {
                reports.add(report.get());
            } else {
                problems.add(GoalMessages.shardWithoutReport(dir));
            }
        }
        if (!problems.isEmpty()) {
            throw new MojoExecutionException(GoalMessages.shardsRefused(problems));
        }
        if (reports.isEmpty()) {
            throw new MojoExecutionException(GoalMessages.shardsRefused(List.of("the list names no directory")));
        }
        return Merge.merge(BuildId.ofThisProcess(), reports);
    }

    static boolean isLast(MavenSession session, MavenProject project) {
        List<MavenProject> projects = session.getProjects();
        return projects.isEmpty() || projects.get(projects.size() - 1).equals(project);
    }

    static Path aggregateDirectory(MavenSession session, File configured) {
        return configured != null ? configured.toPath()
                : Path.of(session.getTopLevelProject().getBuild().getDirectory(), "invariants-aggregate");
    }
}
