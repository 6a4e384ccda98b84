package dev.invariants.benchmarks.forked;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Start-up added per test JVM on the examples: each of the two suites (AI-written, strong) runs in a
 * fresh JVM, as Surefire runs them, without invariants-junit on the class path (the baseline), with
 * it but {@code invariants.enabled=false}, with it on (self-attach), and with it on as
 * {@code -javaagent}. Wall time of the whole JVM, settings alternating. Target: at most 600 ms added.
 *
 * <p>Run from the repository root: {@code java -cp benchmarks/target/benchmarks.jar
 * dev.invariants.benchmarks.forked.ExamplesStartup [rounds]}.
 */
public final class ExamplesStartup {

    private ExamplesStartup() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Classpath cp = Classpath.load();
        Path target = cp.root().resolve("benchmarks/target");
        Path examples = cp.jar("invariants-examples");
        List<Path> base = new ArrayList<>();
        base.add(Runner.directory(target));
        base.add(examples.getParent().resolve("test-classes"));
        // The class directory, not the jar, as Surefire puts it: the report's scan of declared invariants then does its real work.
        base.add(examples.getParent().resolve("classes"));
        base.addAll(cp.jars("invariants-api", "junit-", "opentest4j", "apiguardian", "assertj-core", "mockito-",
                "byte-buddy", "objenesis"));
        Path ours = cp.jar("invariants-junit");
        List<Path> withUs = new ArrayList<>(base);
        withUs.add(ours);
        for (String suite : List.of("aiwritten", "strong")) {
            String selected = "dev.invariants.examples." + suite;
            Path reports = target.resolve("forked-reports/examples-" + suite);
            Alternation alternation = new Alternation(target.resolve("forked-logs/examples-" + suite))
                    .add("without invariants", cp.root(), command(base, reports.resolve("none"), selected))
                    .add("enabled=false", cp.root(), command(withUs, reports.resolve("off"), selected, "-Dinvariants.enabled=false"))
                    .add("on (self-attach)", cp.root(), command(withUs, reports.resolve("self-attach"), selected))
                    .add("on (-javaagent)", cp.root(), command(withUs, reports.resolve("javaagent"), selected, "-javaagent:" + ours));
            alternation.run("examples start-up, suite " + selected + ", one fresh test JVM per run", rounds);
        }
    }

    private static List<String> command(List<Path> classpath, Path reports, String selected, String... jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(Runner.java());
        command.addAll(List.of(jvmOptions));
        command.add("-Dinvariants.report.dir=" + reports.resolve(Alternation.ROUND));
        // As examples/pom.xml configures both suites.
        command.add("-Dinvariants.scan.packages=dev.invariants.examples.payments");
        command.add("-cp");
        command.add(Classpath.join(classpath));
        command.add(RunTests.class.getName());
        command.add(selected);
        return command;
    }
}
