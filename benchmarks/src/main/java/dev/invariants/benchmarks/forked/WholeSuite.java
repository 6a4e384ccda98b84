package dev.invariants.benchmarks.forked;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A whole suite: a generated project run without us, with us, with the JaCoCo agent, and with both,
 * settings alternating round by round. Two ways: the full {@code mvn test} a developer types (Maven's
 * own start-up included), and the test JVM alone (one launcher session, as Surefire's fork runs it).
 *
 * <p>Two suites. {@code basic} (the default): 100 annotated classes and 2,000 tests
 * ({@link SuiteGenerator}); target: with us at most 1.15× the time without. {@code rich}: 300 classes
 * and 3,000 tests whose invariants use generics, lambdas, {@code old(...)} of sums and interface
 * contracts ({@link RichSuiteGenerator}); target: our ratio at most JaCoCo's ratio + 0.10, both
 * measured in the same run.
 *
 * <p>Run from the repository root: {@code java -cp benchmarks/target/benchmarks.jar
 * dev.invariants.benchmarks.forked.WholeSuite [maven rounds] [jvm rounds] [basic|rich] [classes]
 * [tests per class]}. The sizes default to the suite's own; smaller ones are for trying the harness.
 * Zero rounds skips that way.
 */
public final class WholeSuite {

    static final int CLASSES = 100;
    static final int TESTS_PER_CLASS = 20;

    private WholeSuite() {}

    public static void main(String[] args) throws IOException {
        int mavenRounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int jvmRounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        boolean rich = args.length > 2 && parseVariant(args[2]);
        int classes = args.length > 3 ? Integer.parseInt(args[3]) : rich ? RichSuiteGenerator.CLASSES : CLASSES;
        int testsPerClass = args.length > 4 ? Integer.parseInt(args[4])
                : rich ? RichSuiteGenerator.TESTS_PER_CLASS : TESTS_PER_CLASS;
        Classpath cp = Classpath.load();
        Path target = cp.root().resolve("benchmarks/target");
        Path project = target.resolve(rich ? "generated-suite-rich" : "generated-suite");
        String logs = rich ? "forked-logs/rich-suite-" : "forked-logs/suite-";
        Path ours = cp.jar("invariants-junit");
        Path jacoco = cp.jar("org.jacoco.agent");
        delete(project);
        GeneratedSuite suite = rich
                ? RichSuiteGenerator.generate(project, classes, testsPerClass, cp.jar("invariants-api"), ours, jacoco)
                : SuiteGenerator.generate(project, classes, testsPerClass, cp.jar("invariants-api"), ours, jacoco);
        int tests = suite.tests();
        System.out.println("generated " + classes + " annotated classes, " + tests + " tests and " + suite.invariants()
                + " invariants in " + project);
        new Alternation(target.resolve(logs + "compile"))
                .add("compile", project, List.of("mvn", "-B", "-o", "test-compile"))
                .run("compiling the generated project once (not timed against anything)", 1);

        String passed = "Tests run: " + tests + ", Failures: 0, Errors: 0, Skipped: 0";
        String ourSummary = suite.everyInvariantChecked();
        if (mavenRounds > 0) {
            Map<String, double[]> maven = new Alternation(target.resolve(logs + "maven")).selectable()
                    .add("without invariants", project, maven(), List.of(passed), List.of("[invariants]"))
                    .add("invariants", project, maven("-Pours"), List.of(passed, ourSummary), List.of())
                    .add("jacoco", project, maven("-Pjacoco"), List.of(passed), List.of("[invariants]"))
                    .add("invariants + jacoco", project, maven("-Pours,jacoco"), List.of(passed, ourSummary), List.of())
                    .run("whole suite (" + suite.rootPackage() + "), `mvn -o test` (Maven start-up included)", mavenRounds);
            verdict(maven, rich);
        }
        if (jvmRounds <= 0) {
            return;
        }

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
        String root = suite.rootPackage();
        Map<String, double[]> jvm = new Alternation(target.resolve(logs + "jvm")).selectable()
                .add("without invariants", project, jvm(base, reports, root), List.of(jvmPassed), List.of("[invariants]"))
                .add("invariants", project, jvm(withUs, reports, root), List.of(jvmPassed, ourSummary), List.of())
                .add("jacoco", project, jvm(base, reports, root, agent), List.of(jvmPassed), List.of("[invariants]"))
                .add("invariants + jacoco", project, jvm(withUs, reports, root, agent), List.of(jvmPassed, ourSummary), List.of())
                .run("whole suite (" + root + "), the test JVM alone (one launcher session over the " + tests + " tests)",
                        jvmRounds);
        verdict(jvm, rich);
    }

    private static boolean parseVariant(String variant) {
        return switch (variant) {
            case "basic" -> false;
            case "rich" -> true;
            default -> throw new IllegalArgumentException("suite [" + variant + "]: expected basic or rich");
        };
    }

    /** The target's verdict, from the medians of the per-round ratios {@link Alternation} printed. */
    private static void verdict(Map<String, double[]> times, boolean rich) {
        if (!times.keySet().containsAll(List.of("without invariants", "invariants", "jacoco"))) {
            return; // -Dbench.settings left out what the target compares
        }
        double[] without = times.get("without invariants");
        double ours = Alternation.median(ratios(times.get("invariants"), without));
        double jacoco = Alternation.median(ratios(times.get("jacoco"), without));
        double limit = rich ? jacoco + 0.10 : 1.15;
        System.out.printf(Locale.ROOT, "   target: invariants at most %s: %.3f against %.3f: %s%n",
                rich ? String.format(Locale.ROOT, "JaCoCo's ratio + 0.10 (JaCoCo %.3f)", jacoco) : "1.15x without",
                ours, limit, ours <= limit ? "met" : "missed");
    }

    private static double[] ratios(double[] times, double[] baseline) {
        double[] ratios = new double[times.length];
        for (int i = 0; i < times.length; i++) {
            ratios[i] = times[i] / baseline[i];
        }
        return ratios;
    }

    private static List<String> maven(String... profiles) {
        List<String> command = new ArrayList<>(List.of("mvn", "-B", "-o", "test"));
        command.addAll(List.of(profiles));
        return command;
    }

    private static List<String> jvm(List<Path> classpath, Path reports, String rootPackage, String... jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(Runner.java());
        command.addAll(List.of(jvmOptions));
        command.add("-Dinvariants.report.dir=" + reports.resolve(Alternation.ROUND));
        command.add("-cp");
        command.add(Classpath.join(classpath));
        command.add(RunTests.class.getName());
        command.add(rootPackage);
        return command;
    }

    static void delete(Path dir) throws IOException {
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
