package dev.invariants.junit.testkit;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A fresh JVM over the shaded jar, as a user's build starts one: the class path holds the shaded jar,
 * the test classes, and this JVM's class path without our unrelocated dependencies (and without what
 * the caller drops); the caller adds JVM options, entries and the main class or jar.
 */
public final class ForkedJvm {

    /** The shaded invariants-junit jar, as published. */
    public static final Path JAR = Path.of(System.getProperty("invariants.shadedJar", "target/missing.jar"));
    /** What the build copied for these tests: the console launcher, JaCoCo's agent, another Byte Buddy. */
    public static final Path COMPAT = Path.of(System.getProperty("invariants.compat", "target/compat"));

    private final List<String> options = new ArrayList<>();
    private final List<String> classPath = new ArrayList<>();
    private final Map<String, String> environment = new java.util.LinkedHashMap<>();
    private String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private Path directory;

    private ForkedJvm(Predicate<String> drop) {
        classPath.add(JAR.toString());
        classPath.add(System.getProperty("invariants.testClasses", "target/test-classes"));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            boolean ours = entry.contains("invariants-junit") && !entry.contains("invariants-api");
            boolean relocated = name.startsWith("byte-buddy-agent") || name.startsWith("janino")
                    || name.startsWith("commons-compiler") || name.startsWith("classgraph");
            if (!ours && !relocated && !drop.test(name) && !classPath.contains(entry)) {
                classPath.add(entry);
            }
        }
    }

    /** A JVM whose class path keeps every entry of this one's except ours and those whose file name {@code drop} matches. */
    public static ForkedJvm dropping(Predicate<String> drop) {
        return new ForkedJvm(drop);
    }

    /** The class path entries of this JVM whose file name matches, e.g. the Mockito jar for {@code -javaagent}. */
    public static Path entry(String fileNamePrefix) {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (Path.of(entry).getFileName().toString().startsWith(fileNamePrefix)) {
                return Path.of(entry);
            }
        }
        throw new IllegalStateException("no class path entry named " + fileNamePrefix + "*");
    }

    public ForkedJvm option(String option) {
        options.add(option);
        return this;
    }

    public ForkedJvm prepend(Path entry) {
        classPath.add(0, entry.toString());
        return this;
    }

    public ForkedJvm environment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    public ForkedJvm java(Path home) {
        java = home.resolve("bin").resolve("java").toString();
        return this;
    }

    /** The working directory of the JVM (Gradle's test task: the project directory); default: this one's. */
    public ForkedJvm directory(Path workingDirectory) {
        directory = workingDirectory;
        return this;
    }

    public List<String> classPath() {
        return List.copyOf(classPath);
    }

    /** Runs {@code main} with the class path and arguments; returns what it printed. */
    public Outcome runMain(String main, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(options);
        command.addAll(List.of("-cp", String.join(File.pathSeparator, classPath), main));
        command.addAll(List.of(arguments));
        return run(command);
    }

    /** Runs an executable jar with the given arguments (the class path is the caller's to pass on). */
    public Outcome runJar(Path jar, List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(options);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(arguments);
        return run(command);
    }

    private Outcome run(List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("forked", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the forked JVM did not finish within 3 minutes: " + command + "; see " + log);
        }
        return new Outcome(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /**
     * What a forked JVM did.
     *
     * @param exitCode its exit code
     * @param output   everything it printed, standard error included
     */
    public record Outcome(int exitCode, String output) {}
}
