package dev.invariants.benchmarks.forked;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A whole suite: a generated project of 100 annotated classes and 2,000 tests, run without us, with
 * us, with the JaCoCo agent, and with both, settings alternating round by round. Two ways: the full
 * {@code mvn test} a developer types (Maven's own start-up included), and the test JVM alone (one
 * launcher session, as Surefire's fork runs it). Target: with us at most 1.15× the time without.
 *
 * <p>Run from the repository root: {@code java -cp benchmarks/target/benchmarks.jar
 * dev.invariants.benchmarks.forked.WholeSuite [maven rounds] [jvm rounds]}.
 */
public final class WholeSuite {

    static final int CLASSES = 100;
    static final int TESTS_PER_CLASS = 20;

    private WholeSuite() {}

    public static void main(String[] args) throws IOException {
        int mavenRounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int jvmRounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Classpath cp = Classpath.load();
        Path target = cp.root().resolve("benchmarks/target");
        Path project = target.resolve("generated-suite");
        Path ours = cp.jar("invariants-junit");
        Path jacoco = cp.jar("org.jacoco.agent");
        delete(project);
        SuiteGenerator.generate(project, CLASSES, TESTS_PER_CLASS, cp.jar("invariants-api"), ours, jacoco);
        int tests = CLASSES * TESTS_PER_CLASS;
        System.out.println("generated " + CLASSES + " annotated classes and " + tests + " tests in " + project);
        new Alternation(target.resolve("forked-logs/suite-compile"))
                .add("compile", project, List.of("mvn", "-B", "-o", "test-compile"))
                .run("compiling the generated project once (not timed against anything)", 1);

        String passed = "Tests run: " + tests + ", Failures: 0, Errors: 0, Skipped: 0";
        String ourSummary = "[invariants] " + CLASSES * 5 + " invariants: " + CLASSES * 5 + " checked";
        new Alternation(target.resolve("forked-logs/suite-maven"))
                .add("without invariants", project, maven(), List.of(passed), List.of("[invariants]"))
                .add("invariants", project, maven("-Pours"), List.of(passed, ourSummary), List.of())
                .add("jacoco", project, maven("-Pjacoco"), List.of(passed), List.of("[invariants]"))
                .add("invariants + jacoco", project, maven("-Pours,jacoco"), List.of(passed, ourSummary), List.of())
                .run("whole suite, `mvn -o test` (Maven start-up included)", mavenRounds);

        List<Path> base = new ArrayList<>();
        base.add(Runner.directory(target));
        base.add(project.resolve("target/test-classes"));
        base.add(project.resolve("target/classes"));
        base.addAll(cp.jars("invariants-api", "junit-", "opentest4j", "apiguardian"));
        List<Path> withUs = new ArrayList<>(base);
        withUs.add(ours);
        String jvmPassed = "tests: " + tests + " passed, 0 failed";
        String agent = "-javaagent:" + jacoco + "=destfile=" + project.resolve("target/jacoco-jvm.exec");
        Path reports = project.resolve("target/invariants-jvm");
        new Alternation(target.resolve("forked-logs/suite-jvm"))
                .add("without invariants", project, jvm(base, reports), List.of(jvmPassed), List.of("[invariants]"))
                .add("invariants", project, jvm(withUs, reports), List.of(jvmPassed, ourSummary), List.of())
                .add("jacoco", project, jvm(base, reports, agent), List.of(jvmPassed), List.of("[invariants]"))
                .add("invariants + jacoco", project, jvm(withUs, reports, agent), List.of(jvmPassed, ourSummary), List.of())
                .run("whole suite, the test JVM alone (one launcher session over the 2,000 tests)", jvmRounds);
    }

    private static List<String> maven(String... profiles) {
        List<String> command = new ArrayList<>(List.of("mvn", "-B", "-o", "test"));
        command.addAll(List.of(profiles));
        return command;
    }

    private static List<String> jvm(List<Path> classpath, Path reports, String... jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(Runner.java());
        command.addAll(List.of(jvmOptions));
        command.add("-Dinvariants.report.dir=" + reports.resolve(Alternation.ROUND));
        command.add("-cp");
        command.add(Classpath.join(classpath));
        command.add(RunTests.class.getName());
        command.add("gen");
        return command;
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
