package dev.invariants.junit.internal.platform;

import dev.invariants.junit.InvariantsConfiguration;

/** The lines the session gate prints when it does not judge a run, one factory per kind. */
final class GateNotices {

    private GateNotices() {}

    /**
     * A partial run: what it reached of the declared set, and how to gate it anyway.
     *
     * @param keys the gate's keys that are set, e.g. {@code invariants.gate.min-coverage}
     */
    static String partialRun(int inScope, int declared, String why, String keys) {
        return "partial run: " + inScope + " of " + declared + " invariants in scope (" + why + "); the gate ("
                + keys + ") judges whole-suite runs only, " + InvariantsConfiguration.GATE_PARTIAL_RUNS
                + "=apply gates partial runs too";
    }

    /**
     * A Surefire fork for one test set: no fork knows it is the last, so none can judge the build.
     *
     * @param setting    the gate's settings, e.g. {@code invariants.gate.min-coverage=0.8}
     * @param parameters the check goal's parameters that do the same, e.g. {@code minCoverage}
     */
    static String forkPerTestSet(String setting, String parameters) {
        return "the session gate (" + setting + ") is not applied: with Surefire's reuseForks=false each test class"
                + " runs in a JVM of its own, one after another, and none can know it is the build's last; gate the"
                + " merged report with the invariants-maven-plugin's check goal (" + parameters + "), which runs after"
                + " every fork";
    }
}
