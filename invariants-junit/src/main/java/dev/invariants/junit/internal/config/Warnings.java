package dev.invariants.junit.internal.config;

import java.io.PrintStream;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Warnings for users, printed once each on standard error with a recognisable prefix. Build tools
 * show the test JVM's standard error in their log, which is where a misconfiguration must be seen.
 */
public final class Warnings {

    /** The prefix of every line we print. */
    public static final String PREFIX = "[invariants] ";

    private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();
    private static volatile PrintStream out = System.err;

    private Warnings() {}

    /** Prints the warning unless the same text was printed before in this JVM. */
    public static void warn(String message) {
        if (SEEN.add(message)) {
            out.println(PREFIX + "WARNING " + message);
        }
    }

    /** Redirects warnings, for tests that assert on the text; returns the previous stream. */
    public static PrintStream redirect(PrintStream stream) {
        PrintStream previous = out;
        out = stream;
        SEEN.clear();
        return previous;
    }
}
