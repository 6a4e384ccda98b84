package dev.invariants.examples.planted;

import dev.invariants.Invariant;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The correct twin of {@link BuggyJournal}: a reversal is validated before anything moves. */
@Invariant(id = "twin-journal-balanced", post = "debits.compareTo(credits) == 0")
public final class Journal {

    private final List<BigDecimal> amounts = new ArrayList<>();
    private final Set<Integer> reversed = new HashSet<>();
    private BigDecimal debits = BigDecimal.ZERO;
    private BigDecimal credits = BigDecimal.ZERO;

    /**
     * Posts an entry that debits and credits {@code amount}.
     *
     * @param amount a positive amount
     * @return the entry id, counting from 1
     * @throws IllegalArgumentException if the amount is not positive
     */
    public int post(BigDecimal amount) {
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("amount must be positive, was " + amount);
        }
        amounts.add(amount);
        debits = debits.add(amount);
        credits = credits.add(amount);
        return amounts.size();
    }

    /**
     * Takes an entry back out of both totals.
     *
     * @param entryId an id returned by {@link #post}
     * @throws IllegalArgumentException if there is no such entry
     * @throws IllegalStateException if it was already reversed
     */
    public void reverse(int entryId) {
        if (entryId < 1 || entryId > amounts.size()) {
            throw new IllegalArgumentException("no entry " + entryId);
        }
        if (!reversed.add(entryId)) {
            throw new IllegalStateException("entry " + entryId + " is already reversed");
        }
        BigDecimal amount = amounts.get(entryId - 1);
        debits = debits.subtract(amount);
        credits = credits.subtract(amount);
    }

    /** @return the total of debits */
    public BigDecimal debits() {
        return debits;
    }

    /** @return the total of credits */
    public BigDecimal credits() {
        return credits;
    }
}
