package dev.invariants.examples.payments;

import dev.invariants.Invariant;
import java.math.BigDecimal;
import java.util.Objects;

/** Moves money between two accounts of the same currency and records every transfer. */
public final class TransferService {

    private final AuditLog auditLog;

    /** @param auditLog where completed transfers are recorded */
    public TransferService(AuditLog auditLog) {
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
    }

    /**
     * Moves {@code amount} from one account to another.
     *
     * @param from the account debited
     * @param to the account credited, not {@code from}
     * @param amount a positive amount
     * @return the transfer, as recorded in the audit log
     * @throws InsufficientFundsException if {@code from} holds less than {@code amount}
     * @throws IllegalArgumentException if the currencies differ, the amount is not positive or both
     *     accounts are the same
     */
    @Invariant(id = "transfer-conserves-money",
            pre = "from != null && to != null && from != to && amount != null && amount.signum() > 0"
                    + " && from.currency().equals(to.currency()) && from.balance().compareTo(amount) >= 0",
            post = "from.balance().add(to.balance()).compareTo(old(from.balance().add(to.balance()))) == 0",
            description = "money is neither created nor destroyed by a transfer")
    @Invariant(id = "transfer-moves-amount",
            pre = "from != null && to != null && from != to && amount != null && amount.signum() > 0"
                    + " && from.currency().equals(to.currency()) && from.balance().compareTo(amount) >= 0",
            post = "to.balance().compareTo(old(to.balance()).add(amount)) == 0 && result.amount().compareTo(amount) == 0")
    @Invariant(id = "transfer-rejects-insufficient-funds",
            pre = "from != null && to != null && from != to && amount != null && amount.signum() > 0"
                    + " && from.currency().equals(to.currency()) && from.balance().compareTo(amount) < 0",
            raises = InsufficientFundsException.class)
    @Invariant(id = "transfer-rejects-currency-mismatch",
            pre = "from != null && to != null && !from.currency().equals(to.currency())",
            raises = IllegalArgumentException.class)
    @Invariant(id = "transfer-rejects-self-transfer",
            pre = "from != null && from == to",
            raises = IllegalArgumentException.class)
    @Invariant(id = "transfer-rejects-non-positive-amount",
            pre = "from != null && to != null && amount != null && amount.signum() <= 0",
            raises = IllegalArgumentException.class)
    public Transfer transfer(Account from, Account to, BigDecimal amount) {
        if (!from.currency().equals(to.currency())) {
            throw new IllegalArgumentException("cannot transfer from " + from.currency() + " to " + to.currency());
        }
        if (from == to) {
            throw new IllegalArgumentException("cannot transfer from account " + from.id() + " to itself");
        }
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("amount must be positive, was " + amount);
        }
        if (from.balance().compareTo(amount) < 0) {
            throw new InsufficientFundsException(from, amount);
        }
        from.debit(amount);
        to.credit(amount);
        Transfer transfer = new Transfer(from.id(), to.id(), amount, from.currency());
        auditLog.record(transfer);
        return transfer;
    }
}
