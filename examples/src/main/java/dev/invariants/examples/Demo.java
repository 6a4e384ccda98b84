package dev.invariants.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Entry point of the README's demo command. Runs after both suites: prints, side by side, what each
 * suite measured. Every figure comes from a report file of this build; what is not measured is said
 * so. It never fails the build: a report it cannot read is printed as such.
 */
public final class Demo {

    private static final String ROW = "  %-27s%-31s%s%n";

    private Demo() {}

    /**
     * Prints the comparison.
     *
     * @param args the module's build directory ({@code target}); the working directory's
     *     {@code target} when absent
     */
    public static void main(String[] args) {
        run(args, System.out);
    }

    static void run(String[] args, PrintStream out) {
        Path target = Path.of(args.length > 0 ? args[0] : "target").toAbsolutePath();
        try {
            print(SuiteResults.read(target, "ai-written"), SuiteResults.read(target, "strong"), target, out);
        } catch (RuntimeException e) {
            // The demo shows; the project's own tests (DemoFiguresTests) are what fail on a bad report.
            out.println("invariants demo: cannot read the suites' reports under " + target + ": " + e.getMessage());
        }
    }

    static void print(SuiteResults weak, SuiteResults strong, Path target, PrintStream out) {
        out.println();
        out.println("invariants demo: two test suites over the same payments domain"
                + (strong.invariants() != null ? " (" + strong.invariants().declared() + " invariants)" : ""));
        out.println("(examples/src/main/java/dev/invariants/examples/payments)");
        out.println();
        row(out, "", "AI-written suite", "strong suite");
        row(out, "line coverage (JaCoCo)", weak, strong, Demo::lines);
        row(out, "invariant coverage", weak, strong, Demo::invariantCoverage);
        out.println();
        row(out, "tests", weak, strong, Demo::tests);
        row(out, "violated / broken", weak, strong, Demo::violatedBroken);
        row(out, "unchecked invariants", weak, strong, Demo::unchecked);
        row(out, "failure paths never taken", weak, strong, Demo::failurePaths);
        row(out, "vacuous tests", weak, strong, Demo::vacuous);
        out.println();
        String gaps = gaps(weak, strong);
        if (!gaps.isEmpty()) {
            out.println("  " + gaps);
        }
        out.println("  Line coverage: JaCoCo alone, in a run of each suite without invariant checking.");
        out.println("  A failure path never taken: a `raises` rule whose input no test gave.");
        for (SuiteResults results : List.of(weak, strong)) {
            out.println();
            details(results, target, out);
        }
        out.println();
    }

    private static void row(PrintStream out, String label, String weak, String strong) {
        out.printf(ROW, label, weak, strong);
    }

    private static void row(PrintStream out, String label, SuiteResults weak, SuiteResults strong, Function<SuiteResults, String> cell) {
        row(out, label, cell.apply(weak), cell.apply(strong));
    }

    private static void details(SuiteResults results, Path target, PrintStream out) {
        String title = results.suite().equals("strong") ? "strong suite" : "AI-written suite";
        InvariantReport report = results.invariants();
        if (report == null) {
            out.println("  " + title + ": no invariant report; expected " + target.resolve("invariants").resolve(results.suite()));
            return;
        }
        List<InvariantReport.Entry> unchecked = report.withStatus("unchecked");
        out.println("  " + title + ": " + (unchecked.isEmpty()
                ? "no unchecked invariant"
                : unchecked.size() + " of " + report.declared() + " invariants unchecked"));
        List<InvariantReport.Entry> neverTaken = unchecked.stream().filter(InvariantReport.Entry::failurePathNeverTaken).toList();
        List<InvariantReport.Entry> others = unchecked.stream().filter(e -> !e.failurePathNeverTaken()).toList();
        list(out, "failure paths never taken", neverTaken);
        list(out, "other rules no test checked", others);
        list(out, "violated", report.withStatus("violated"));
        list(out, "broken", report.withStatus("broken"));
        if (report.assertionsCounted()) {
            List<InvariantReport.TestEntry> vacuous = report.vacuousTests();
            out.println("    vacuous tests (" + vacuous.size() + ")" + (vacuous.isEmpty() ? ": none" : ":"));
            vacuous.forEach(t -> out.println("      " + t.shortName()));
        } else {
            out.println("    vacuous tests: not counted yet (this build does not count assertions)");
        }
        out.println("    report:   " + report.page().toUri());
        out.println("    coverage: " + target.resolve("jacoco").resolve(results.suite()).resolve("index.html").toUri());
    }

    private static void list(PrintStream out, String heading, List<InvariantReport.Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        out.println("    " + heading + " (" + entries.size() + "):");
        entries.forEach(e -> out.println("      " + e.id() + " at " + e.location()));
    }

    static String gaps(SuiteResults weak, SuiteResults strong) {
        if (weak.linesTotal() <= 0 || strong.linesTotal() <= 0 || weak.invariants() == null || strong.invariants() == null) {
            return "";
        }
        double lineGap = Math.abs(percent(weak.linesCovered(), weak.linesTotal()) - percent(strong.linesCovered(), strong.linesTotal()));
        double invariantGap = Math.abs(coverage(weak.invariants()) - coverage(strong.invariants()));
        return String.format(Locale.ROOT, "Line coverage differs by %.1f points; invariant coverage by %.1f points.", lineGap, invariantGap);
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
                percent(results.linesCovered(), results.linesTotal()), results.linesCovered(), results.linesTotal());
    }

    static String invariantCoverage(SuiteResults results) {
        InvariantReport report = results.invariants();
        if (report == null) {
            return "no report";
        }
        if (report.declared() == 0) {
            return "no invariant declared";
        }
        return String.format(Locale.ROOT, "%.1f %% (%d of %d checked)", coverage(report), checked(report), report.declared());
    }

    static String violatedBroken(SuiteResults results) {
        InvariantReport report = results.invariants();
        return report == null ? "no report" : report.withStatus("violated").size() + " / " + report.withStatus("broken").size();
    }

    static String unchecked(SuiteResults results) {
        InvariantReport report = results.invariants();
        return report == null ? "no report" : String.valueOf(report.withStatus("unchecked").size());
    }

    static String failurePaths(SuiteResults results) {
        InvariantReport report = results.invariants();
        return report == null ? "no report" : report.failurePathsNeverTaken().size() + " of " + report.rejectionRules();
    }

    static String vacuous(SuiteResults results) {
        InvariantReport report = results.invariants();
        if (report == null) {
            return "no report";
        }
        return report.assertionsCounted() ? String.valueOf(report.vacuousTests().size()) : "not counted yet";
    }

    /** Checked as the report counts it: an invariant found violated was checked too. */
    private static int checked(InvariantReport report) {
        return report.withStatus("checked").size() + report.withStatus("violated").size();
    }

    private static double coverage(InvariantReport report) {
        return report.declared() == 0 ? 100.0 : percent(checked(report), report.declared());
    }

    private static double percent(int part, int whole) {
        return 100.0 * part / whole;
    }
}
