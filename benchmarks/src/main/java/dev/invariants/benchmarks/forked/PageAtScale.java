package dev.invariants.benchmarks.forked;

import dev.invariants.report.Counts;
import dev.invariants.report.GateRule;
import dev.invariants.report.Report;
import dev.invariants.report.ReportInvariant;
import dev.invariants.report.ReportTest;
import dev.invariants.report.internal.merge.Merge;
import dev.invariants.report.internal.write.HtmlReport;
import dev.invariants.report.internal.write.ReportJsonWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * index.html at scale (issue 18): a synthetic report of N invariants (20 per class, 10 classes per package)
 * and M tests (10 per class, each checking 8 invariants; a tenth of the invariants checked by none, one in a
 * hundred violated), rendered, its size taken, then opened in headless Chromium in a frame of a harness page
 * that reads the frame's own timings: first contentful paint, DOMContentLoaded (parse plus the page's script),
 * load, and how long a filter keystroke takes over every row (the first one also lists the deferred rows).
 *
 * <p>Run from the repository root after {@code mvn -B -ntp -pl benchmarks -am package -DskipTests}:
 * {@code java -cp benchmarks/target/benchmarks.jar dev.invariants.benchmarks.forked.PageAtScale [invariants] [tests] [rounds]}
 * (default 5000 3000 5; Chromium from the PATH or {@code INVARIANTS_CHROMIUM}).
 */
public final class PageAtScale {

    private PageAtScale() {}

    public static void main(String[] args) throws Exception {
        int invariants = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int tests = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path dir = Path.of("benchmarks/target/page-at-scale");
        Files.createDirectories(dir);
        System.out.println("== " + Machine.describe());
        Report report = Merge.withTotals(report(invariants, tests)).withGate(new GateRule(0.8, "invariants.gate.min-coverage=0.8"));
        for (int i = 0; i < 3; i++) {
            HtmlReport.render(report); // warm the writer: the figure is what a session's close pays, not class loading
        }
        long start = System.nanoTime();
        String html = HtmlReport.render(report);
        long renderMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        Path page = dir.resolve("index.html");
        Files.writeString(page, html, StandardCharsets.UTF_8);
        String json = ReportJsonWriter.write(report);
        System.out.printf("%d invariants x %d tests: index.html %.1f MB (%d bytes), rendered in %d ms; invariants.json %.1f MB%n",
                invariants, tests, html.getBytes(StandardCharsets.UTF_8).length / 1e6, html.getBytes(StandardCharsets.UTF_8).length,
                renderMillis, json.getBytes(StandardCharsets.UTF_8).length / 1e6);
        Path harness = dir.resolve("harness.html");
        Files.writeString(harness, HARNESS, StandardCharsets.UTF_8);
        for (int round = 1; round <= rounds; round++) {
            long wall = System.nanoTime();
            String result = chromium(harness);
            System.out.printf("round %d: %s; Chromium wall %d ms%n", round, result,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - wall));
        }
    }

    private static final String HARNESS = """
            <!DOCTYPE html><html><body style="margin:0"><pre id="result">pending</pre>
            <iframe id="frame" style="width:1280px;height:720px;border:0" src="index.html"></iframe><script>
            document.getElementById('frame').onload = function () {
              var w = this.contentWindow, p = w.performance, nav = p.getEntriesByType('navigation')[0];
              var paint = p.getEntriesByType('paint').filter(function (e) { return e.name === 'first-contentful-paint'; })[0];
              var filter = w.document.getElementById('filter'), t = w.performance.now();
              filter.value = 'rule-1'; filter.dispatchEvent(new Event('input'));
              var first = w.performance.now() - t;
              t = w.performance.now(); filter.value = 'rule-12'; filter.dispatchEvent(new Event('input'));
              var second = w.performance.now() - t;
              document.getElementById('result').textContent = 'first contentful paint ' + (paint ? Math.round(paint.startTime) : 'n/a')
                + ' ms, DOMContentLoaded ' + Math.round(nav.domContentLoadedEventEnd) + ' ms, load ' + Math.round(nav.loadEventEnd || p.now())
                + ' ms, first filter keystroke ' + Math.round(first) + ' ms (lists the deferred rows), next ' + Math.round(second)
                + ' ms (' + w.document.getElementById('shown').textContent + ')';
            };
            </script></body></html>
            """;

    private static String chromium(Path harness) throws IOException, InterruptedException {
        String binary = System.getenv().getOrDefault("INVARIANTS_CHROMIUM", "chromium");
        Path profile = Files.createTempDirectory("chromium-profile");
        Path out = Files.createTempFile("chromium", ".out");
        Process process = new ProcessBuilder(binary, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--user-data-dir=" + profile, "--allow-file-access-from-files", "--window-size=1300,1000",
                "--dump-dom", harness.toAbsolutePath().toUri().toString())
                .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return "Chromium did not finish within 300 s";
        }
        String dom = Files.readString(out, StandardCharsets.UTF_8);
        int at = dom.indexOf("<pre id=\"result\">");
        return at < 0 ? "no result" : dom.substring(at + 17, dom.indexOf("</pre>", at));
    }

    /** Deterministic: the same arguments give the same report. */
    static Report report(int invariantCount, int testCount) {
        List<ReportInvariant> invariants = new ArrayList<>();
        for (int i = 0; i < invariantCount; i++) {
            String owner = "com.acme.p" + (i / 200) + ".Service" + (i / 20);
            int line = 10 + (i % 20) * 4;
            invariants.add(new ReportInvariant("rule-" + i, "method", owner, "op" + (i % 20) + "(long,long)",
                    "Service" + (i / 20) + ".java:" + line, "amount > 0 && limit >= amount",
                    "result >= 0 && result <= limit * 3 / 100 + old(total)", List.of(), "", Counts.ZERO, List.of()));
        }
        List<ReportTest> tests = new ArrayList<>();
        for (int t = 0; t < testCount; t++) {
            Map<String, Counts> evaluations = new LinkedHashMap<>();
            for (int k = 0; k < 8; k++) {
                int i = (int) ((t * 8L + k) * 7919 % invariantCount);
                if (i % 10 == 9) {
                    continue; // a tenth of the invariants no test checks
                }
                boolean violated = i % 100 == 3 && k == 0;
                evaluations.put("rule-" + i, new Counts(1, 3, violated ? 1 : 0, 0, 0));
            }
            String className = "com.acme.p" + (t / 100) + ".Service" + (t / 10) + "Tests";
            tests.add(new ReportTest("[engine:junit-jupiter]/[class:" + className + "]/[method:case" + t + "()]", className,
                    "case" + t + "()", "case" + t + "()", "SUCCESSFUL", t % 50 == 0 ? 0 : 2, evaluations));
        }
        return new Report("page-at-scale", true, 1, invariants, tests, List.of(), Map.of());
    }
}
