package dev.invariants.benchmarks.forked;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What compiling the checks of one annotated class costs, cold and warm: a fresh test JVM per round
 * over a generated suite ({@code rich}: {@link RichSuiteGenerator}'s classes, {@code basic}:
 * {@link SuiteGenerator}'s), with the runtime's debug timing on. Every annotated class loads during
 * discovery ({@link CompileGate}), after the transformer is installed ({@link RunTests}' wait), so the
 * runtime compiles all of them ahead, one after another on its background thread, while the gate holds
 * the tests back; the first class compiled pays for loading the compiler. Then the tests run, and the
 * run counts only if they pass and every invariant is checked (checks that merely failed to compile
 * would be fast). Targets: the first class at most 100 ms, the median further class at most 0.5 ms.
 *
 * <p>Settings are jars of {@code invariants-junit}: this build's, plus any given as
 * {@code name=path} (another compiler, e.g. a jar built from an earlier commit), alternating round by
 * round; wall times of the whole JVM are printed too. Works for any compiler that prints the timing
 * line, through no internal API.
 *
 * <p>Run from the repository root: {@code java -cp benchmarks/target/benchmarks.jar
 * dev.invariants.benchmarks.forked.CompileTime [rounds] [rich|basic] [classes] [name=jar ...]}.
 */
public final class CompileTime {

    private CompileTime() {}

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        String variant = args.length > 1 ? args[1] : "rich";
        boolean rich = switch (variant) {
            case "rich" -> true;
            case "basic" -> false;
            default -> throw new IllegalArgumentException("suite [" + variant + "]: expected rich or basic");
        };
        int classes = args.length > 2 ? Integer.parseInt(args[2]) : rich ? RichSuiteGenerator.CLASSES : WholeSuite.CLASSES;
        Classpath cp = Classpath.load();
        Map<String, Path> jars = new LinkedHashMap<>();
        jars.put("this build", cp.jar("invariants-junit"));
        for (int i = 3; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            if (eq <= 0 || !Files.isRegularFile(Path.of(args[i].substring(eq + 1)))) {
                throw new IllegalArgumentException("[" + args[i] + "]: expected name=path of an invariants-junit jar");
            }
            jars.put(args[i].substring(0, eq), Path.of(args[i].substring(eq + 1)).toAbsolutePath());
        }

        Path target = cp.root().resolve("benchmarks/target");
        Path project = target.resolve("generated-compile-" + variant);
        WholeSuite.delete(project);
        Path api = cp.jar("invariants-api");
        Path jacoco = cp.jar("org.jacoco.agent");
        // As few tests as check every invariant: the tests only prove the compiled checks work.
        GeneratedSuite suite = rich
                ? RichSuiteGenerator.generate(project, classes, RichTests.CASES, api, jars.get("this build"), jacoco)
                : SuiteGenerator.generate(project, classes, 5, api, jars.get("this build"), jacoco);
        SuiteGenerator.write(project.resolve("src/test/java"), suite.rootPackage(), CompileGate.CLASS,
                CompileGate.source(suite.rootPackage(), suite.annotatedClasses()));
        System.out.println("generated " + classes + " annotated classes, " + suite.invariants() + " invariants and "
                + suite.tests() + " tests (and the gate) in " + project);
        new Alternation(target.resolve("forked-logs/compile-" + variant + "-compile"))
                .add("compile", project, List.of("mvn", "-B", "-o", "test-compile"))
                .run("compiling the generated project once (not timed against anything)", 1);

        List<Path> base = new ArrayList<>();
        base.add(Runner.directory(target));
        base.add(project.resolve("target/test-classes"));
        base.add(project.resolve("target/classes"));
        base.addAll(cp.jars("invariants-api", "junit-", "opentest4j", "apiguardian"));
        List<String> mustPrint = List.of("tests: " + (suite.tests() + 1) + " passed, 0 failed", suite.everyInvariantChecked());
        Alternation alternation = new Alternation(target.resolve("forked-logs/compile-" + variant)).selectable();
        jars.forEach((name, jar) -> {
            List<Path> classpath = new ArrayList<>(base);
            classpath.add(jar);
            alternation.add(name, project, command(classpath, project.resolve("target/invariants-" + name.replaceAll("[^A-Za-z0-9]+", "-")),
                    suite.rootPackage()), mustPrint, List.of());
        });
        Map<String, double[]> wall = alternation.run("compile time (" + variant + ", " + classes
                + " classes), one fresh test JVM per run; wall time of the whole JVM", rounds);

        System.out.println("== compile time per annotated class, from the runtime's timing lines");
        Map<String, CompileStats> stats = new LinkedHashMap<>();
        for (String name : wall.keySet()) {
            CompileStats s = new CompileStats(name, new LinkedHashSet<>(suite.annotatedClasses()));
            for (int round = 0; round < rounds; round++) {
                s.add(Files.readString(alternation.log(name, round)));
            }
            s.print();
            stats.put(name, s);
        }
        if (stats.size() > 1) {
            CompileStats baseline = stats.values().iterator().next();
            String baselineName = stats.keySet().iterator().next();
            stats.forEach((name, s) -> System.out.printf(Locale.ROOT,
                    "   %s against %s: first class %.2fx, median further class %.2fx; thread CPU: first %.2fx, further %.2fx%n",
                    name, baselineName, s.firstMedian() / baseline.firstMedian(), s.furtherMedian() / baseline.furtherMedian(),
                    s.firstCpuMedian() / baseline.firstCpuMedian(), s.furtherCpuMedian() / baseline.furtherCpuMedian()));
        }
        System.out.println("   load average at the end: " + Machine.loadAverage());
    }

    private static List<String> command(List<Path> classpath, Path reports, String rootPackage) {
        List<String> command = new ArrayList<>();
        command.add(Runner.java());
        command.add("-Dinvariants.debug.timing=true");
        command.add("-Dbench.await.attach=true");
        command.add("-Djunit.jupiter.testclass.order.default=org.junit.jupiter.api.ClassOrderer$ClassName");
        String timeout = System.getProperty("bench.gate.timeout.s");
        if (timeout != null) {
            command.add("-Dbench.gate.timeout.s=" + timeout);
        }
        command.add("-Dinvariants.report.dir=" + reports.resolve(Alternation.ROUND));
        command.add("-cp");
        command.add(Classpath.join(classpath));
        command.add(RunTests.class.getName());
        command.add(rootPackage);
        return command;
    }
}
