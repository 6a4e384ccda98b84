package dev.invariants.examples;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Entry point of the README's demo command. Runs after both suites: prints, side by side, what each
 * suite measured. Every figure comes from a report file of this build; what is not measured yet is
 * said so.
 */
public final class Demo {

    private static final List<String> SUITES = List.of("ai-written", "strong");
    private static final String ROW = "  %-24s%-27s%s%n";

    private Demo() {}

    /**
     * Prints the comparison.
     *
     * @param args the module's build directory ({@code target}); the working directory's
     *     {@code target} when absent
     */
    public static void main(String[] args) {
        Path target = Path.of(args.length > 0 ? args[0] : "target");
        SuiteResults weak = SuiteResults.read(target, SUITES.get(0));
        SuiteResults strong = SuiteResults.read(target, SUITES.get(1));

        System.out.println();
        System.out.println("invariants demo: two test suites over the same payments domain");
        System.out.println("(examples/src/main/java/dev/invariants/examples/payments)");
        System.out.println();
        System.out.printf(ROW, "", "AI-written suite", "strong suite");
        System.out.printf(ROW, "tests", tests(weak), tests(strong));
        System.out.printf(ROW, "line coverage (JaCoCo)", lines(weak), lines(strong));
        System.out.printf(ROW, "invariant report", invariants(weak), invariants(strong));
        System.out.println();
        System.out.println("  suites:   src/test/java/dev/invariants/examples/aiwritten and .../strong");
        System.out.println("  coverage: " + target.resolve("jacoco") + "/<suite>/index.html");
        for (SuiteResults results : List.of(weak, strong)) {
            if (results.invariantReport() != null) {
                System.out.println("  invariant report (" + results.suite() + "): " + results.invariantReport());
            }
        }
        if (weak.invariantReport() == null || strong.invariantReport() == null) {
            System.out.println("  invariant report: not yet available. Runtime checking and the report are still");
            System.out.println("  being built; each suite's report will be written to "
                    + target.resolve("invariants") + "/<suite>/");
        }
        System.out.println();
    }

    static String tests(SuiteResults results) {
        if (results.tests() < 0) {
            return "not run";
        }
        if (results.failed() == 0 && results.skipped() == 0) {
            return results.tests() + " passed";
        }
        return results.tests() + " run, " + results.failed() + " failed"
                + (results.skipped() > 0 ? ", " + results.skipped() + " skipped" : "");
    }

    static String lines(SuiteResults results) {
        if (results.linesTotal() <= 0) {
            return "not measured";
        }
        return String.format(Locale.ROOT, "%.1f %% (%d of %d lines)",
                100.0 * results.linesCovered() / results.linesTotal(), results.linesCovered(), results.linesTotal());
    }

    static String invariants(SuiteResults results) {
        return results.invariantReport() == null ? "not yet available" : "written";
    }
}
