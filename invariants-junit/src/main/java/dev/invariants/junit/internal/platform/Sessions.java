package dev.invariants.junit.internal.platform;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * The open launcher sessions of this JVM, innermost last. Service loading creates separate instances
 * of our session listener and our execution listener; this is where the one finds the other's state.
 * A session may be opened inside a test of another (end-to-end tests do): the innermost records.
 */
final class Sessions {

    private static final Deque<Entry> OPEN = new ArrayDeque<>();

    private record Entry(Object session, SessionState state) {}

    private Sessions() {}

    static synchronized void opened(Object session, SessionState state) {
        OPEN.addLast(new Entry(session, state));
    }

    static synchronized SessionState innermost() {
        Entry last = OPEN.peekLast();
        return last == null ? null : last.state();
    }

    static synchronized SessionState closed(Object session) {
        for (Iterator<Entry> it = OPEN.descendingIterator(); it.hasNext();) {
            Entry entry = it.next();
            if (entry.session() == session) {
                it.remove();
                return entry.state();
            }
        }
        return null;
    }
}
