package dev.invariants.junit.internal.expr.differential;

// Wildcards on purpose: the contract resolves java.util, java.math and java.time without imports, and javac
// sees what ours sees only when this source imports them.
import java.math.*;
import java.time.*;
import java.util.*;

/**
 * Instance contexts: expressions read this purse's private fields, another purse's, and call private
 * helpers, static and not. Recompiled by the javac side like {@link Scalars}; the two copies are told
 * apart by class loader, and a purse an expression returns is compared by {@link #toString}.
 */
public final class Purse {

    private static final long FEE = 3;

    private final long balance;
    private final String owner;
    private final List<Integer> history;

    public Purse(long balance, String owner, List<Integer> history) {
        this.balance = balance;
        this.owner = owner;
        this.history = history;
    }

    private long fee(long amount) {
        return amount / 100 + FEE;
    }

    private static boolean valid(String name) {
        return name != null && !name.isBlank();
    }

    private boolean rich() {
        return balance > 1000;
    }

    public long balance() {
        return balance;
    }

    public void withdraw(long amount) {}

    public void transfer(Purse other, long amount) {}

    public void rename(String name) {}

    @Override
    public String toString() {
        return "Purse[" + balance + ", " + owner + ", " + history + "]";
    }
}
