package dev.invariants.junit.internal.agent;

/** What users read when activation goes wrong. */
final class ActivationMessages {

    private ActivationMessages() {}

    static String cannotInstrument(Throwable cause) {
        return "cannot check invariants: this JVM cannot be instrumented (" + cause + "). Start the test JVM with "
                + "-javaagent:<path to invariants-junit.jar> (Surefire: <argLine>-javaagent:${dev.invariants:"
                + "invariants-junit:jar}</argLine> with the dependency plugin's `properties` goal), or run it on a "
                + "JDK (not a JRE) that allows attaching (-XX:+EnableDynamicAgentLoading on JDK 21+), or set "
                + "invariants.enabled=false to run without checks.";
    }
}
