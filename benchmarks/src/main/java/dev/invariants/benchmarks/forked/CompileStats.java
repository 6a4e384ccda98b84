package dev.invariants.benchmarks.forked;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The per-class compile times of one setting of {@link CompileTime}, read from the runtime's debug
 * timing lines ({@code -Dinvariants.debug.timing=true}: "compiled the checks of C (thread) N ms",
 * printed by whichever compiler the jar holds), pooled over rounds. The first line of a round is the
 * cold class: the compiler's own loading is part of it.
 */
final class CompileStats {

    /** One class's checks compiled. */
    /** One class's checks compiled; {@code cpuMs} is NaN when the line has no thread CPU time (an older jar). */
    record Compile(String className, String thread, double ms, double cpuMs) {}

    private static final Pattern LINE = Pattern.compile(
            "\\[invariants\\] timing: compiled the checks of (\\S+) \\((.*)\\) ([0-9]+(?:[.,][0-9]+)?) ms(?:, thread CPU ([0-9]+(?:[.,][0-9]+)?) ms)?");
    private static final Pattern GATE_CPU = Pattern.compile("its CPU time ([0-9.]+) ms");

    private final String setting;
    private final Set<String> annotated;
    private final List<List<Compile>> rounds = new ArrayList<>();
    private final List<String> gates = new ArrayList<>();
    private final Set<String> others = new TreeSet<>();
    private boolean fractional;

    /** The figures are about the suite's annotated types; other timing lines (a warm-up, say) are only listed. */
    CompileStats(String setting, Set<String> annotated) {
        this.setting = setting;
        this.annotated = annotated;
    }

    static List<Compile> parse(String log) {
        List<Compile> compiles = new ArrayList<>();
        Matcher m = LINE.matcher(log);
        while (m.find()) {
            compiles.add(new Compile(m.group(1), m.group(2), Double.parseDouble(m.group(3).replace(',', '.')),
                    m.group(4) == null ? Double.NaN : Double.parseDouble(m.group(4).replace(',', '.'))));
        }
        return compiles;
    }

    /** Adds one round's log. */
    void add(String log) {
        List<Compile> compiles = new ArrayList<>();
        for (Compile c : parse(log)) {
            if (annotated.contains(c.className())) {
                compiles.add(c);
            } else {
                others.add(c.className());
            }
        }
        if (compiles.isEmpty()) {
            throw new IllegalStateException(setting + ": no \"compiled the checks of\" timing line of an annotated class in a"
                    + " round's log (is -Dinvariants.debug.timing still printing it?)");
        }
        fractional |= LINE.matcher(log).results().anyMatch(r -> !r.group(3).matches("[0-9]+"));
        rounds.add(compiles);
        gates.add(log.lines().filter(l -> l.startsWith(CompileGate.PREFIX)).findFirst().orElse(CompileGate.PREFIX + "no line"));
    }

    double firstMedian() {
        return Alternation.median(rounds.stream().mapToDouble(r -> r.get(0).ms()).toArray());
    }

    double furtherMedian() {
        return Alternation.median(further(false));
    }

    /** The first class's thread CPU time, median over rounds; NaN when the lines have none. */
    double firstCpuMedian() {
        return Alternation.median(rounds.stream().mapToDouble(r -> r.get(0).cpuMs()).toArray());
    }

    /** Every further class's thread CPU time, median; NaN when the lines have none. */
    double furtherCpuMedian() {
        double[] cpu = rounds.stream().flatMap(r -> r.subList(1, r.size()).stream()).mapToDouble(Compile::cpuMs).toArray();
        return cpu.length == 0 || Double.isNaN(cpu[0]) ? Double.NaN : Alternation.median(cpu);
    }

    void print() {
        System.out.printf(Locale.ROOT, "-- %s: %d rounds%n", setting, rounds.size());
        Map<String, Integer> threads = new TreeMap<>();
        List<String> perRound = new ArrayList<>();
        Set<String> neverCompiled = new TreeSet<>(annotated);
        for (List<Compile> round : rounds) {
            perRound.add(Integer.toString(round.size()));
            round.forEach(c -> threads.merge(c.thread(), 1, Integer::sum));
            round.forEach(c -> neverCompiled.remove(c.className()));
        }
        System.out.println("   annotated types compiled per round: " + String.join(", ", perRound) + " of " + annotated.size()
                + "; by thread: " + threads);
        if (!neverCompiled.isEmpty()) {
            // Interfaces, whose checks the runtime may compile into their implementations' classes.
            System.out.println("   annotated types without a timing line of their own: " + neverCompiled.size() + ", e.g. "
                    + neverCompiled.stream().limit(3).toList());
        }
        if (!others.isEmpty()) {
            System.out.println("   timing lines of other classes, left out of the figures: " + others);
        }
        for (int i = 0; i < gates.size(); i++) {
            System.out.println("   round " + (i + 1) + ", " + gates.get(i));
        }
        double[] firsts = rounds.stream().mapToDouble(r -> r.get(0).ms()).toArray();
        Map<String, Integer> firstClasses = new LinkedHashMap<>();
        rounds.forEach(r -> firstClasses.merge(r.get(0).className(), 1, Integer::sum));
        System.out.printf(Locale.ROOT, "   first class (cold, loading the compiler included): median %s, min %s, max %s; %s%n",
                ms(firstMedian()), ms(min(firsts)), ms(max(firsts)), firstClasses.keySet());
        describe("every further class", further(false));
        describe("the warmer half of each round", further(true));
        if (!Double.isNaN(firstCpuMedian())) {
            System.out.printf(Locale.ROOT, "   thread CPU time: first class median %s; every further class median %s%n",
                    ms(firstCpuMedian()), ms(furtherCpuMedian()));
        }
        System.out.printf(Locale.ROOT, "   all classes of a round together: median %s%n",
                ms(Alternation.median(rounds.stream().mapToDouble(r -> r.stream().mapToDouble(Compile::ms).sum()).toArray())));
        double[] cpuPerClass = new double[gates.size()];
        int withCpu = 0;
        for (int i = 0; i < gates.size(); i++) {
            Matcher cpu = GATE_CPU.matcher(gates.get(i));
            if (cpu.find()) {
                cpuPerClass[withCpu++] = Double.parseDouble(cpu.group(1)) / rounds.get(i).size();
            }
        }
        if (withCpu > 0) {
            System.out.printf(Locale.ROOT, "   the compile thread's CPU time per class compiled (mean, the first class and any"
                    + " warm-up included; nanosecond clock): median of rounds %s%n",
                    ms(Alternation.median(Arrays.copyOf(cpuPerClass, withCpu))));
        }
        if (!fractional) {
            System.out.println("   resolution: the timing lines give whole milliseconds (truncated): 0 means under 1 ms");
        }
        System.out.println("   target first class <= 100 ms: " + verdict(firstMedian(), 100)
                + "; target median further class <= 0.5 ms: " + verdict(furtherMedian(), 0.5));
    }

    private String verdict(double value, double limit) {
        if (!fractional && value < 1 && limit < 1) {
            return "cannot tell: under 1 ms, and the timing lines give whole milliseconds";
        }
        return (value <= limit ? "met" : "missed") + " (" + ms(value) + ")";
    }

    /** Every class but each round's first; or only the later half of each round (the compiler warmer). */
    private double[] further(boolean warmerHalf) {
        List<Double> values = new ArrayList<>();
        for (List<Compile> round : rounds) {
            int from = warmerHalf ? Math.max(1, round.size() / 2) : 1;
            round.subList(Math.min(from, round.size()), round.size()).forEach(c -> values.add(c.ms()));
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static void describe(String what, double[] values) {
        if (values.length == 0) {
            System.out.println("   " + what + ": none");
            return;
        }
        System.out.printf(Locale.ROOT, "   %s (n=%d): median %s, p90 %s, max %s, mean %s%n", what, values.length,
                ms(Alternation.median(values)), ms(percentile(values, 0.9)), ms(max(values)),
                ms(Arrays.stream(values).average().orElse(Double.NaN)));
    }

    /** Nearest rank. */
    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }

    private static String ms(double value) {
        return String.format(Locale.ROOT, value < 10 ? "%.2f ms" : "%.1f ms", value);
    }
}
