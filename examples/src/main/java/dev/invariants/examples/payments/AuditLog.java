package dev.invariants.examples.payments;

/** Where completed transfers are recorded, for compliance. Implemented by infrastructure. */
public interface AuditLog {

    /**
     * Records a completed transfer.
     *
     * @param transfer the transfer
     */
    void record(Transfer transfer);
}
