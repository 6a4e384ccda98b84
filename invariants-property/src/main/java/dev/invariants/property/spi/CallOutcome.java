package dev.invariants.property.spi;

import java.util.List;
import java.util.Optional;

/**
 * What happened during one {@link Call}: how it ended, and what each evaluated invariant said.
 *
 * @param result the returned value (the instance for a constructor), {@code null} when it threw
 * @param thrown what the called code threw, other than an invariant violation, or {@code null}
 * @param verdicts one entry per invariant evaluated for this call (including type invariants
 *     checked at its exit); nested calls the code made on other instances are not included
 */
public record CallOutcome(Object result, Throwable thrown, List<Verdict> verdicts) {

    /**
     * Copies the verdicts.
     *
     * @param result the result
     * @param thrown the exception or {@code null}
     * @param verdicts the verdicts
     */
    public CallOutcome {
        verdicts = List.copyOf(verdicts);
    }

    /**
     * The verdict of one invariant, if it was evaluated for this call.
     *
     * @param invariantId the id
     * @return the verdict, or empty when the invariant was not evaluated
     */
    public Optional<Verdict> verdict(String invariantId) {
        return verdicts.stream().filter(v -> v.invariantId().equals(invariantId)).findFirst();
    }
}
