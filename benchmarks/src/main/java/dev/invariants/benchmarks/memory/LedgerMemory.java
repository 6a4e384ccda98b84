package dev.invariants.benchmarks.memory;

import dev.invariants.junit.internal.ledger.Ledger;
import dev.invariants.junit.internal.ledger.Recorder;
import dev.invariants.junit.internal.ledger.Tally;
import dev.invariants.junit.internal.model.InvariantRegistry;
import dev.invariants.junit.spi.InvariantDefinition;
import dev.invariants.junit.spi.Kind;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Heap retained by a session's ledger after 10 million evaluations, recorded through the hot path
 * ({@link Recorder#record}) into a ledger made active as a session makes it, spread evenly over N
 * tests and 100 invariants, each test started and finished on the recording thread as the ledger's
 * listener does. The baseline is the heap of the same JVM just before recording, after GC. Each
 * setting is measured {@code repetitions} times with a fresh ledger; the median is reported.
 * Tally: under 10 MB.
 *
 * <p>Run: {@code java -Xmx1g -cp benchmarks/target/benchmarks.jar dev.invariants.benchmarks.memory.LedgerMemory [repetitions]}.
 */
public final class LedgerMemory {

    static final int EVALUATIONS = 10_000_000;
    static final int INVARIANTS = 100;

    private LedgerMemory() {}

    public static void main(String[] args) {
        int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int[] indexes = new int[INVARIANTS];
        for (int i = 0; i < indexes.length; i++) {
            indexes[i] = InvariantRegistry.register(new InvariantDefinition("memory-" + i, true, Kind.METHOD,
                    "bench.Owner", null, "Owner.java", i + 1, "true", "true", List.of(), ""));
        }
        System.out.printf(Locale.ROOT, "%,d evaluations over %d invariants, %d repetitions per row; cores %d, -Xmx %d MB%n",
                EVALUATIONS, INVARIANTS, repetitions, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "%8s %14s %18s %18s %14s%n", "tests", "pairs touched", "retained MB (med)",
                "min-max MB", "bytes/pair");
        for (int tests : new int[] {1, 10, 1_000, 10_000}) {
            double[] mb = new double[repetitions];
            for (int r = 0; r < repetitions; r++) {
                mb[r] = retainedMegabytes(indexes, tests);
            }
            Arrays.sort(mb);
            double median = mb[repetitions / 2];
            long pairs = (long) tests * Math.min(INVARIANTS, EVALUATIONS / tests);
            System.out.printf(Locale.ROOT, "%8d %14d %18.2f %9.2f-%-8.2f %14.0f%n", tests, pairs, median, mb[0],
                    mb[repetitions - 1], median * 1e6 / pairs);
        }
    }

    private static double retainedMegabytes(int[] indexes, int tests) {
        Ledger ledger = new Ledger();
        Ledger previous = Recorder.activate(ledger);
        try {
            long before = usedAfterGc();
            for (int t = 0; t < tests; t++) {
                Tally test = new Tally("[test:" + t + "]", Tally.Type.TEST, "bench.Tests", "t" + t + "()", "t" + t + "()");
                ledger.started(test);
                for (int e = 0; e < EVALUATIONS / tests; e++) {
                    Recorder.record(indexes[e % indexes.length], Recorder.PASSED);
                }
                ledger.finished(test.uniqueId(), "SUCCESSFUL");
            }
            long after = usedAfterGc();
            long recorded = ledger.targets().stream().mapToLong(target -> target.counts().values().stream()
                    .mapToLong(counts -> counts[Recorder.PASSED]).sum()).sum();
            if (recorded != (long) tests * (EVALUATIONS / tests)) {
                throw new IllegalStateException("recorded " + recorded + " evaluations, expected " + (long) tests * (EVALUATIONS / tests));
            }
            return (after - before) / 1e6;
        } finally {
            ledger.close();
            Recorder.deactivate(ledger, previous);
        }
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
