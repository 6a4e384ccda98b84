package dev.invariants.junit.internal.model;

import dev.invariants.Invariant;
import java.math.BigDecimal;
import java.util.List;

/** Annotated classes whose class files {@link ClassFileReaderTests} reads. Lines are found by their markers. */
final class ReaderFixtures {

    private ReaderFixtures() {}

    enum Tier { BASIC, PREMIUM }

    @Invariant(post = "balance >= 0")
    @Invariant(id = "account-owner-set", post = "owner != null", description = "every account has an owner")
    static class Account {
        private long balance;
        private final String owner;

        Account(String owner) {
            this.owner = owner; // marker:constructor
        }

        @Invariant(pre = "amount > 0", post = "balance == old(balance) + amount")
        void deposit(long amount) {
            balance += amount; // marker:deposit
        }

        @Invariant(pre = "amount > balance", raises = {IllegalStateException.class, ArithmeticException.class})
        void withdraw(long amount) {
            balance -= amount;
        }

        @Invariant(pre = "amounts != null", post = "balance >= old(balance)")
        void withdraw(List<Long> amounts, double factor) {
            balance -= amounts.size();
        }

        @Invariant(post = "result.signum() >= 0")
        static BigDecimal fee(BigDecimal amount, Tier tier) {
            return amount; // marker:fee
        }
    }

    static class Broken {
        @Invariant(pre = "x > 0")
        void noPostNoRaises(int x) {}

        @Invariant(id = "twice", post = "true")
        @Invariant(id = "twice", post = "true")
        void duplicated() {}
    }

    @Invariant(pre = "size > 0", post = "size >= 0", raises = IllegalStateException.class)
    static class BrokenType {
        int size;
    }

    static class Plain {
        void nothing() {}
    }

    interface Priced {
        @Invariant(id = "price-positive", post = "result > 0")
        long price(String sku);
    }
}
