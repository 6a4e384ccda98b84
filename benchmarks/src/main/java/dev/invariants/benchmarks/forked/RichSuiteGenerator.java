package dev.invariants.benchmarks.forked;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the richer suite of the typed compiler's targets (issue #14): {@code classes} annotated
 * classes in packages of ten, three kinds in turn ({@link RichDomain}: invoices over a {@code List<Line>},
 * tallies over a {@code Map<String, Integer>}, gauges implementing the package's {@code Meter} interface,
 * whose contracts they inherit), and {@code testsPerClass} ordinary tests per class. 300 classes and
 * 3,000 tests by default ({@link WholeSuite}). Same Maven project layout and profiles as
 * {@link SuiteGenerator}'s suite, under the root package {@code rich}.
 */
final class RichSuiteGenerator {

    static final int CLASSES = 300;
    static final int TESTS_PER_CLASS = 10;

    private RichSuiteGenerator() {}

    static GeneratedSuite generate(Path dir, int classes, int testsPerClass, Path apiJar, Path oursJar, Path jacocoJar) {
        if (testsPerClass < RichTests.CASES) {
            throw new IllegalArgumentException("the rich suite needs at least " + RichTests.CASES
                    + " tests per class to check every invariant, not " + testsPerClass);
        }
        List<String> annotated = new ArrayList<>();
        int invariants = 0;
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("pom.xml"), SuiteGenerator.pom(apiJar, oursJar, jacocoJar));
            Path main = dir.resolve("src/main/java");
            Path test = dir.resolve("src/test/java");
            for (int first = 0; first < classes; first += 10) {
                String pkg = String.format(Locale.ROOT, "rich.p%02d", first / 10);
                SuiteGenerator.write(main, pkg, "Line", RichDomain.line(pkg));
                boolean hasGauge = false;
                for (int c = first; c < Math.min(first + 10, classes); c++) {
                    String name = name(c);
                    String source = switch (c % 3) {
                        case 0 -> RichDomain.invoice(pkg, name);
                        case 1 -> RichDomain.tally(pkg, name);
                        default -> RichDomain.gauge(pkg, name);
                    };
                    invariants += switch (c % 3) {
                        case 0 -> RichDomain.INVOICE_INVARIANTS;
                        case 1 -> RichDomain.TALLY_INVARIANTS;
                        default -> RichDomain.GAUGE_INVARIANTS;
                    };
                    hasGauge |= c % 3 == 2;
                    SuiteGenerator.write(main, pkg, name, source);
                    SuiteGenerator.write(test, pkg, name + "Tests", RichTests.testClass(pkg, name, testsPerClass));
                    annotated.add(pkg + "." + name);
                }
                // Only where an implementation checks them: an interface no class implements stays unchecked.
                if (hasGauge) {
                    SuiteGenerator.write(main, pkg, "Meter", RichDomain.meter(pkg));
                    invariants += RichDomain.METER_INVARIANTS;
                    annotated.add(pkg + ".Meter");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new GeneratedSuite("rich", annotated, classes * testsPerClass, invariants);
    }

    private static String name(int c) {
        String kind = switch (c % 3) {
            case 0 -> "Invoice";
            case 1 -> "Tally";
            default -> "Gauge";
        };
        return String.format(Locale.ROOT, "%s%03d", kind, c);
    }
}
