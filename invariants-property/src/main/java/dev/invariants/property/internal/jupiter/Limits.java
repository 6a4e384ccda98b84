package dev.invariants.property.internal.jupiter;

import java.time.Duration;

/**
 * What keeps the generated tests of one class from holding the build up.
 *
 * @param deadline how long one try may run
 * @param budget how long one property may run
 * @param sequencesLeftOut the key that leaves this class's call sequences out, or {@code null} when they run
 */
public record Limits(Duration deadline, Duration budget, String sequencesLeftOut) {
}
