package dev.invariants.examples.planted;

import dev.invariants.Invariant;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A journal with a planted class-invariant bug only a sequence of calls reaches: {@link #reverse}
 * moves the debits before it notices the entry was already reversed, then throws, leaving debits and
 * credits apart. The shortest failing sequence is {@code post(x)}, {@code reverse(1)},
 * {@code reverse(1)}. Correct twin: {@link Journal}.
 */
@Invariant(id = "buggy-journal-balanced", post = "debits.compareTo(credits) == 0")
public final class BuggyJournal {

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
        BigDecimal amount = amounts.get(entryId - 1);
        debits = debits.subtract(amount);
        if (!reversed.add(entryId)) { // planted: checked after the debits already moved
            throw new IllegalStateException("entry " + entryId + " is already reversed");
        }
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
