package dev.invariants.junit.internal.platform;

import java.util.List;

/** What is said when the JVM exits with a session still recording; one factory per message. */
final class ExitMessages {

    private ExitMessages() {}

    static String exiting(List<String> aborted) {
        return "the test JVM is exiting before its test run finished (System.exit in a test, or a signal): this JVM's"
                + " part of the report is written now"
                + (aborted.isEmpty() ? "." : "; reported ABORTED, as still running: " + String.join(", ", aborted) + ".");
    }

    static String outOfTime(long millis) {
        return "the report of this exiting JVM was not written within " + millis + " ms; its part is missing from the"
                + " report, and the next merge names this JVM as missing.";
    }
}
