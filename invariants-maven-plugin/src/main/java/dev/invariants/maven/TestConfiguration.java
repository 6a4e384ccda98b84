package dev.invariants.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * What the project's test runs were configured with, read from the same places the test JVMs read it
 * (JUnit's precedence: Surefire's {@code configurationParameters}, then system properties — Maven's
 * {@code -D}, {@code systemPropertyVariables}, {@code -D} in {@code argLine} — then
 * {@code junit-platform.properties}), so the goals look where the tests wrote and know whether they ran.
 */
final class TestConfiguration {

    static final String REPORT_DIR = "invariants.report.dir";
    static final String BUILD_ID = "invariants.report.build-id";
    private static final String DEFAULT_DIR = "target/invariants";
    private static final Set<String> PHASES_AFTER_TESTS = Set.of("test", "prepare-package", "package",
            "pre-integration-test", "integration-test", "post-integration-test", "verify", "install", "deploy");

    private final MavenSession session;
    private final MavenProject project;

    TestConfiguration(MavenSession session, MavenProject project) {
        this.session = session;
        this.project = project;
    }

    /** Per test execution ({@code surefire:default-test}, ...), the report directory its JVMs write to. */
    Map<String, Path> reportDirectories() {
        Map<String, Path> dirs = new LinkedHashMap<>();
        for (Execution execution : executions()) {
            Path base = execution.value("workingDirectory").map(Path::of).orElse(project.getBasedir().toPath());
            String dir = value(execution, REPORT_DIR).filter(v -> !v.isBlank()).orElse(DEFAULT_DIR);
            dirs.put(execution.name(), base.resolve(dir.strip()).toAbsolutePath().normalize());
        }
        return dirs;
    }

    /** The build ids the tests were given with {@code invariants.report.build-id}, if any. */
    List<String> configuredBuildIds() {
        List<String> ids = new ArrayList<>();
        executions().forEach(e -> value(e, BUILD_ID).filter(v -> !v.isBlank()).map(String::strip).ifPresent(ids::add));
        return ids;
    }

    /** Why the tests did not run in this build, when they were skipped on purpose ({@code -DskipTests}, ...). */
    Optional<String> skippedBecause() {
        for (String property : List.of("maven.test.skip", "skipTests", "skipITs", "skipExec")) {
            if (isTrue(session.getUserProperties().getProperty(property))
                    || isTrue(project.getProperties().getProperty(property))) {
                if (!property.equals("skipITs") || executions().stream().allMatch(Execution::failsafe)) {
                    return Optional.of(property);
                }
            }
        }
        List<Execution> executions = executions();
        if (!executions.isEmpty() && executions.stream().allMatch(e -> e.value("skip").filter(TestConfiguration::isTrue)
                .or(() -> e.value("skipTests").filter(TestConfiguration::isTrue))
                .or(() -> e.value("skipExec").filter(TestConfiguration::isTrue)).isPresent())) {
            return Optional.of("the test plugin's <skip>/<skipTests>");
        }
        return Optional.empty();
    }

    /** Whether this Maven run runs the tests: a phase from {@code test} on, or a test goal, was asked for. */
    boolean testsRunInThisBuild() {
        return session.getGoals().stream().anyMatch(goal -> PHASES_AFTER_TESTS.contains(goal)
                || goal.endsWith(":test") || goal.endsWith(":integration-test"));
    }

    private Optional<String> value(Execution execution, String key) {
        return execution.configurationParameter(key)
                .or(() -> Optional.ofNullable(session.getUserProperties().getProperty(key)))
                .or(() -> execution.systemPropertyVariable(key))
                .or(() -> execution.argLineProperty(key, session.getUserProperties().getProperty("argLine")))
                .or(() -> junitPlatformProperties(key));
    }

    private Optional<String> junitPlatformProperties(String key) {
        List<Path> candidates = new ArrayList<>();
        candidates.add(Path.of(project.getBuild().getTestOutputDirectory(), "junit-platform.properties"));
        for (Resource resource : project.getTestResources()) {
            candidates.add(Path.of(resource.getDirectory(), "junit-platform.properties"));
        }
        for (Path file : candidates) {
            if (Files.isRegularFile(file)) {
                Properties properties = new Properties();
                try (InputStream in = Files.newInputStream(file)) {
                    properties.load(in);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + file, e);
                }
                return Optional.ofNullable(properties.getProperty(key));
            }
        }
        return Optional.empty();
    }

    private List<Execution> executions() {
        List<Execution> executions = new ArrayList<>();
        for (Plugin plugin : project.getBuildPlugins()) {
            boolean surefire = plugin.getArtifactId().equals("maven-surefire-plugin");
            boolean failsafe = plugin.getArtifactId().equals("maven-failsafe-plugin");
            if (!surefire && !failsafe) {
                continue;
            }
            String goal = surefire ? "test" : "integration-test";
            for (PluginExecution execution : plugin.getExecutions()) {
                if (execution.getGoals().contains(goal)) {
                    executions.add(new Execution(plugin.getArtifactId().replace("maven-", "").replace("-plugin", "") + ":"
                            + execution.getId(), failsafe, (Xpp3Dom) execution.getConfiguration(),
                            (Xpp3Dom) plugin.getConfiguration()));
                }
            }
        }
        return executions;
    }

    private static boolean isTrue(String value) {
        return value != null && value.strip().equalsIgnoreCase("true");
    }

    /** One test execution's configuration: its own, else the plugin's. */
    private record Execution(String name, boolean failsafe, Xpp3Dom own, Xpp3Dom plugin) {

        Optional<String> value(String parameter) {
            return child(own, parameter).or(() -> child(plugin, parameter)).map(Xpp3Dom::getValue)
                    .filter(v -> !v.isBlank() && !v.contains("${"));
        }

        Optional<String> configurationParameter(String key) {
            Optional<String> text = child(own, "properties").or(() -> child(plugin, "properties"))
                    .flatMap(p -> Optional.ofNullable(p.getChild("configurationParameters"))).map(Xpp3Dom::getValue);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            try {
                properties.load(new StringReader(text.get()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Optional.ofNullable(properties.getProperty(key));
        }

        Optional<String> systemPropertyVariable(String key) {
            return child(own, "systemPropertyVariables").or(() -> child(plugin, "systemPropertyVariables"))
                    .flatMap(v -> Optional.ofNullable(v.getChild(key))).map(Xpp3Dom::getValue);
        }

        /** A {@code -Dkey=value} of the {@code argLine}: the execution's, else {@code -DargLine} of the Maven run. */
        Optional<String> argLineProperty(String key, String userArgLine) {
            Optional<String> argLine = value("argLine").or(() -> Optional.ofNullable(userArgLine));
            String prefix = "-D" + key + "=";
            return argLine.flatMap(line -> java.util.Arrays.stream(line.strip().split("\\s+"))
                    .filter(arg -> arg.startsWith(prefix)).reduce((first, last) -> last))
                    .map(arg -> arg.substring(prefix.length()));
        }

        private static Optional<Xpp3Dom> child(Xpp3Dom dom, String name) {
            return dom == null ? Optional.empty() : Optional.ofNullable(dom.getChild(name));
        }
    }
}
