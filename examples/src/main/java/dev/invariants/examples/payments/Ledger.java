package dev.invariants.examples.payments;

import dev.invariants.Invariant;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A double-entry ledger: every entry debits one account and credits another by the same amount, so
 * the total of debits always equals the total of credits, after every call, including a failed one.
 */
@Invariant(id = "ledger-balanced", post = "debits.compareTo(credits) == 0",
        description = "double entry: total debits equal total credits after every public call")
public final class Ledger {

    private record Entry(String debitAccount, String creditAccount, BigDecimal amount) {}

    private final List<Entry> entries = new ArrayList<>();
    private final Set<Integer> reversed = new HashSet<>();
    private final Map<String, BigDecimal> balances = new HashMap<>();
    private BigDecimal debits = BigDecimal.ZERO;
    private BigDecimal credits = BigDecimal.ZERO;

    /**
     * Posts an entry.
     *
     * @param debitAccount the account debited
     * @param creditAccount the account credited, another one
     * @param amount a positive amount
     * @return the entry id, counting from 1
     * @throws IllegalArgumentException if the amount is not positive or both accounts are the same
     */
    @Invariant(id = "ledger-post-records-both-sides",
            pre = "debitAccount != null && creditAccount != null && !debitAccount.equals(creditAccount)"
                    + " && amount != null && amount.signum() > 0",
            post = "debits.compareTo(old(debits).add(amount)) == 0 && credits.compareTo(old(credits).add(amount)) == 0"
                    + " && result == entries.size()")
    @Invariant(id = "ledger-post-rejects-non-positive",
            pre = "amount != null && amount.signum() <= 0",
            raises = IllegalArgumentException.class)
    @Invariant(id = "ledger-post-rejects-self-posting",
            pre = "debitAccount != null && debitAccount.equals(creditAccount) && amount != null",
            raises = IllegalArgumentException.class)
    public int post(String debitAccount, String creditAccount, BigDecimal amount) {
        if (Objects.requireNonNull(amount, "amount").signum() <= 0) {
            throw new IllegalArgumentException("amount must be positive, was " + amount);
        }
        Objects.requireNonNull(debitAccount, "debitAccount");
        Objects.requireNonNull(creditAccount, "creditAccount");
        if (debitAccount.equals(creditAccount)) {
            throw new IllegalArgumentException("cannot post from account " + debitAccount + " to itself");
        }
        entries.add(new Entry(debitAccount, creditAccount, amount));
        move(debitAccount, creditAccount, amount);
        return entries.size();
    }

    /**
     * Reverses an entry: its amount leaves both totals and the two balances are restored.
     *
     * @param entryId an id returned by {@link #post}
     * @throws IllegalArgumentException if no entry has that id
     * @throws IllegalStateException if the entry was already reversed
     */
    @Invariant(id = "ledger-reverse-rejects-second-reversal",
            pre = "reversed.contains(entryId)",
            raises = IllegalStateException.class)
    @Invariant(id = "ledger-reverse-rejects-unknown-entry",
            pre = "entryId < 1 || entryId > entries.size()",
            raises = IllegalArgumentException.class)
    public void reverse(int entryId) {
        if (entryId < 1 || entryId > entries.size()) {
            throw new IllegalArgumentException("no entry " + entryId);
        }
        if (!reversed.add(entryId)) {
            throw new IllegalStateException("entry " + entryId + " is already reversed");
        }
        Entry entry = entries.get(entryId - 1);
        move(entry.debitAccount(), entry.creditAccount(), entry.amount().negate());
    }

    /**
     * @param account an account name
     * @return its balance: debits minus credits, zero for an account never posted to
     */
    public BigDecimal balanceOf(String account) {
        return balances.getOrDefault(account, BigDecimal.ZERO);
    }

    /** @return the total of all debits */
    public BigDecimal totalDebits() {
        return debits;
    }

    /** @return the total of all credits */
    public BigDecimal totalCredits() {
        return credits;
    }

    private void move(String debitAccount, String creditAccount, BigDecimal amount) {
        balances.merge(debitAccount, amount, BigDecimal::add);
        balances.merge(creditAccount, amount.negate(), BigDecimal::add);
        debits = debits.add(amount);
        credits = credits.add(amount);
    }
}
