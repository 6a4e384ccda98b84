package dev.invariants.benchmarks.forked;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs each setting's command once per round, settings alternating (the starting setting rotates
 * every round), so that load from other processes on a shared machine falls on every setting alike.
 * Reports per setting the median, minimum and maximum wall time, and against the first setting (the
 * baseline) the median of the per-round ratios: each ratio compares two runs made moments apart.
 */
final class Alternation {

    /** Replaced by the round number in every argument: gives each run its own report directory. */
    static final String ROUND = "{round}";

    /**
     * System property: the only settings to run, comma-separated names ({@code -Dbench.settings=jacoco});
     * unset, all. For trying a harness in parts; a table without its baseline has no ratios to trust.
     */
    static final String ONLY = "bench.settings";

    /** A command and what its output must contain, proving it ran what it claims (all tests, our checks or not). */
    record Setting(String name, List<String> command, Path workingDirectory, List<String> mustPrint, List<String> mustNotPrint) {}

    private final List<Setting> settings = new ArrayList<>();
    private final Path logs;
    private boolean selectable;

    Alternation(Path logs) {
        this.logs = logs;
    }

    /** Lets {@link #ONLY} pick among the settings added from now on. */
    Alternation selectable() {
        selectable = true;
        return this;
    }

    Alternation add(String name, Path workingDirectory, List<String> command) {
        return add(name, workingDirectory, command, List.of(), List.of());
    }

    Alternation add(String name, Path workingDirectory, List<String> command, List<String> mustPrint, List<String> mustNotPrint) {
        String only = System.getProperty(ONLY);
        if (!selectable || only == null || List.of(only.split(",")).contains(name)) {
            settings.add(new Setting(name, List.copyOf(command), workingDirectory, mustPrint, mustNotPrint));
        }
        return this;
    }

    /** Where the output of a setting's run in a round goes. */
    Path log(String setting, int round) {
        return logs.resolve(setting.replaceAll("[^A-Za-z0-9]+", "-") + "-" + round + ".log");
    }

    /** Runs the rounds and prints the table; returns the wall times in ms by setting. */
    Map<String, double[]> run(String title, int rounds) {
        if (settings.isEmpty()) {
            throw new IllegalStateException("-D" + ONLY + "=" + System.getProperty(ONLY) + " left no setting of: " + title);
        }
        System.out.println("== " + title + ": " + rounds + " rounds; " + Machine.describe());
        Map<String, double[]> times = new LinkedHashMap<>();
        settings.forEach(s -> times.put(s.name(), new double[rounds]));
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < settings.size(); k++) {
                Setting setting = settings.get((round + k) % settings.size());
                times.get(setting.name())[round] = timed(setting, round);
            }
            System.out.printf(Locale.ROOT, "round %d/%d done, load %s%n", round + 1, rounds, Machine.loadAverage());
        }
        print(times);
        System.out.println("   load average at the end: " + Machine.loadAverage());
        return times;
    }

    private double timed(Setting setting, int round) {
        try {
            Files.createDirectories(logs);
            Path log = log(setting.name(), round);
            List<String> command = setting.command().stream().map(a -> a.replace(ROUND, Integer.toString(round))).toList();
            ProcessBuilder builder = new ProcessBuilder(command).directory(setting.workingDirectory().toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            long start = System.nanoTime();
            Process process = builder.start();
            int exit = process.waitFor();
            double ms = (System.nanoTime() - start) / 1e6;
            if (exit != 0) {
                throw new IllegalStateException(setting.name() + " exited with " + exit + ": see " + log);
            }
            String output = Files.readString(log);
            for (String expected : setting.mustPrint()) {
                if (!output.contains(expected)) {
                    throw new IllegalStateException(setting.name() + " did not print [" + expected + "]: see " + log);
                }
            }
            for (String unexpected : setting.mustNotPrint()) {
                if (output.contains(unexpected)) {
                    throw new IllegalStateException(setting.name() + " printed [" + unexpected + "]: see " + log);
                }
            }
            return ms;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void print(Map<String, double[]> times) {
        double[] baseline = times.values().iterator().next();
        String baselineName = times.keySet().iterator().next();
        System.out.printf(Locale.ROOT, "%-24s %10s %10s %10s %12s   %s%n", "setting", "median ms", "min ms", "max ms",
                "added ms", "ratio to " + baselineName + " in the same round: median (min-max)");
        for (Map.Entry<String, double[]> entry : times.entrySet()) {
            double[] t = entry.getValue();
            double[] ratios = new double[t.length];
            for (int i = 0; i < t.length; i++) {
                ratios[i] = t[i] / baseline[i];
            }
            System.out.printf(Locale.ROOT, "%-24s %10.0f %10.0f %10.0f %12.0f   %.3f (%.3f-%.3f)%n", entry.getKey(),
                    median(t), min(t), max(t), median(t) - median(baseline), median(ratios), min(ratios), max(ratios));
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }
}
