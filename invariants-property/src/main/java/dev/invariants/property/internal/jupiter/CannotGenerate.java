package dev.invariants.property.internal.jupiter;

import org.opentest4j.AssertionFailedError;

/**
 * No meaningful input could be generated for an invariant: a type nothing builds, a precondition that rejects
 * nearly every input, or a try that ran past its deadline (the health check too-slow). A failure where the user
 * asked for the class's tests (one line per class); the zero-code engine, which nobody pointed at this class,
 * reports the node as aborted with the same message.
 */
public final class CannotGenerate extends AssertionFailedError {
    private static final long serialVersionUID = 1L;

    CannotGenerate(String message) {
        super(message);
    }
}
