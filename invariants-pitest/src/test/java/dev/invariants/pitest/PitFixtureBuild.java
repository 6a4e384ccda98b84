package dev.invariants.pitest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The fixture-build machinery of invariants-maven-plugin's {@code FixtureBuild}, for this module's projects (a
 * test class cannot cross modules without a test jar). A real Maven build of a fixture project from {@code src/it}, copied to a fresh directory, built
 * against this reactor's artifacts installed in {@code target/it-repo} (the only local repository it
 * writes to); everything else is read from the user's repository as a remote, so nothing is written there.
 */
final class PitFixtureBuild {

    private final Path dir;

    private PitFixtureBuild(Path dir) {
        this.dir = dir;
    }

    /**
     * The outcome of one Maven invocation.
     *
     * @param exitCode Maven's exit code
     * @param output   everything Maven printed
     */
    record Outcome(int exitCode, String output) {}

    static PitFixtureBuild copy(String name) {
        Path source = Path.of(property("invariants.it.projects")).resolve(name);
        Path target = Path.of(property("invariants.it.work")).resolve(name + "-" + UUID.randomUUID().toString().substring(0, 8));
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else if (file.getFileName().toString().equals("pom.xml")) {
                    Files.writeString(copy, Files.readString(file).replace("@project.version@", property("invariants.it.version")));
                } else {
                    Files.copy(file, copy);
                }
            }
            Files.writeString(target.resolve("settings.xml"), settings());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PitFixtureBuild(target);
    }

    Path dir() {
        return dir;
    }

    Outcome mvn(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(property("invariants.it.mavenHome"), "bin", "mvn").toString(),
                "-B", "-ntp", "-s", dir.resolve("settings.xml").toString(),
                "-Dmaven.repo.local=" + property("invariants.it.repo")));
        command.addAll(List.of(arguments));
        Path log = dir.resolve("build-" + System.nanoTime() + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Process process = builder.start();
        if (!process.waitFor(8, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the fixture build did not finish within 8 minutes; see " + log);
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
