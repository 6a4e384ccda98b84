package dev.invariants.junit.internal.ledger;

import dev.invariants.junit.internal.model.InvariantDefinition;
import dev.invariants.junit.internal.model.Kind;
import java.util.List;

/**
 * A plain measurement (not a test, not a benchmark with a target): heap added by recording 10 million
 * evaluations into a session ledger, spread over 100 invariants and N tests (argument, default 1 000).
 * See docs/benchmarks.md.
 * Run: {@code java -cp invariants-junit/target/classes:invariants-junit/target/test-classes:<byte-buddy jar>
 * dev.invariants.junit.internal.ledger.RecorderMemory}
 */
public final class RecorderMemory {

    private RecorderMemory() {}

    public static void main(String[] args) {
        int[] indexes = new int[100];
        for (int i = 0; i < indexes.length; i++) {
            indexes[i] = InvariantRegistry.register(new InvariantDefinition("memory-" + i, true, Kind.METHOD,
                    "bench.Owner", null, "Owner.java", i + 1, "true", "true", List.of(), ""));
        }
        Ledger ledger = new Ledger();
        Ledger previous = Recorder.activate(ledger);
        long before = usedAfterGc();
        long start = System.nanoTime();
        int evaluations = 10_000_000;
        int tests = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        for (int t = 0; t < tests; t++) {
            Target test = new Target("[test:" + t + "]", Target.Type.TEST, "bench.Tests", "t" + t + "()", "t" + t + "()");
            ledger.started(test);
            for (int e = 0; e < evaluations / tests; e++) {
                Recorder.record(indexes[e % indexes.length], Recorder.PASSED);
            }
            ledger.finished(test.uniqueId(), "SUCCESSFUL");
        }
        long elapsed = System.nanoTime() - start;
        long after = usedAfterGc();
        ledger.close();
        Recorder.deactivate(ledger, previous);
        System.out.printf("%,d evaluations over %d tests x %d invariants: heap +%.2f MB (ledger retained), %.1f ns per record incl. test switches%n",
                evaluations, tests, indexes.length, (after - before) / 1e6, (double) elapsed / evaluations);
        if (Recorder.count(indexes[0], Recorder.PASSED) < 0) {
            throw new AssertionError();
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
