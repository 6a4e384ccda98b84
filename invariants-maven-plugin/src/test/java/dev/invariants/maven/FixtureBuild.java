package dev.invariants.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Maven build of a fixture project from {@code src/it}, copied to a fresh directory, built
 * against this reactor's artifacts installed in {@code target/it-repo} (the only local repository it
 * writes to); everything else is read from the user's repository as a remote, so nothing is written there.
 */
final class FixtureBuild {

    private final Path dir;

    private FixtureBuild(Path dir) {
        this.dir = dir;
    }

    /**
     * The outcome of one Maven invocation.
     *
     * @param exitCode Maven's exit code
     * @param output   everything Maven printed
     */
    record Outcome(int exitCode, String output) {}

    static FixtureBuild copy(String name) {
        return copy(name, Map.of());
    }

    /** The fixture with each {@code @token@} of {@code tokens} replaced in its poms, as {@code @project.version@} is. */
    static FixtureBuild copy(String name, Map<String, String> tokens) {
        Path source = Path.of(property("invariants.it.projects")).resolve(name);
        Path target = Path.of(property("invariants.it.work")).resolve(name + "-" + UUID.randomUUID().toString().substring(0, 8));
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else if (file.getFileName().toString().equals("pom.xml")) {
                    String pom = Files.readString(file).replace("@project.version@", property("invariants.it.version"));
                    for (Map.Entry<String, String> token : tokens.entrySet()) {
                        pom = pom.replace("@" + token.getKey() + "@", token.getValue());
                    }
                    Files.writeString(copy, pom);
                } else {
                    Files.copy(file, copy);
                }
            }
            Files.writeString(target.resolve("settings.xml"), settings());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FixtureBuild(target);
    }

    Path dir() {
        return dir;
    }

    Outcome mvn(String... arguments) throws IOException, InterruptedException {
        return mvnOn(null, arguments);
    }

    /** The build run by the JDK at {@code javaHome} (null: the one running this test's Maven). */
    Outcome mvnOn(Path javaHome, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(property("invariants.it.mavenHome"), "bin", "mvn").toString(),
                "-B", "-ntp", "-s", dir.resolve("settings.xml").toString(),
                "-Dmaven.repo.local=" + property("invariants.it.repo")));
        command.addAll(List.of(arguments));
        Path log = dir.resolve("build-" + System.nanoTime() + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        if (javaHome != null) {
            builder.environment().put("JAVA_HOME", javaHome.toString());
        }
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the fixture build did not finish within 5 minutes; see " + log);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(output).as("Maven ran the build (see %s)", log).contains("BUILD");
        return new Outcome(process.exitValue(), output);
    }

    private static String settings() {
        String userRepo = Path.of(property("invariants.it.userRepo")).toUri().toString();
        return """
                <settings>
                  <profiles>
                    <profile>
                      <id>user-repository-as-remote</id>
                      <repositories>
                        <repository><id>user-repo</id><url>URL</url></repository>
                      </repositories>
                      <pluginRepositories>
                        <pluginRepository><id>user-repo</id><url>URL</url></pluginRepository>
                      </pluginRepositories>
                    </profile>
                  </profiles>
                  <activeProfiles><activeProfile>user-repository-as-remote</activeProfile></activeProfiles>
                </settings>
                """.replace("URL", userRepo);
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("system property " + name + " is not set; run through `mvn verify` (failsafe)");
        }
        return value;
    }
}
