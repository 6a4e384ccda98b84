package dev.invariants.property.internal.engine;

import java.util.Map;

/**
 * What a run did.
 *
 * @param tries generated inputs, valid or not (the remembered examples replayed first included)
 * @param rejected inputs the precondition or input construction rejected
 * @param rejectReasons the reasons and how often each occurred
 * @param shrinkCalls replays made while shrinking
 * @param nanos elapsed time of the whole run
 */
public record Statistics(int tries, int rejected, Map<String, Integer> rejectReasons, int shrinkCalls, long nanos) {

    public Statistics {
        rejectReasons = Map.copyOf(rejectReasons);
    }

    public int valid() {
        return tries - rejected;
    }

    public double rejectedShare() {
        return tries == 0 ? 0 : (double) rejected / tries;
    }

    /** Throughput of generation plus calls, shrinking included: a figure to print, never to assert. */
    public double triesPerSecond() {
        return nanos == 0 ? 0 : (tries + shrinkCalls) * 1e9 / nanos;
    }
}
