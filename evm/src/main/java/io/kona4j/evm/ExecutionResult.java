package io.kona4j.evm;

import io.kona4j.consensus.Log;
import io.kona4j.primitives.Address;
import java.util.List;

/**
 * The outcome of one transaction-level message.
 *
 * @param status success, revert or halt
 * @param haltReason why it halted; null unless {@code status == HALT}
 * @param gasUsed the gas the transaction is charged: intrinsic + execution, minus the capped refund, raised to the
 *        EIP-7623 floor (Prague); what the receipt's cumulative gas adds up
 * @param gasRefund the refund that was subtracted (already capped at gasUsed/5, EIP-3529)
 * @param output return data (or revert data); empty after a halt
 * @param logs logs emitted (empty unless success)
 * @param createdAddress the new contract's address for a successful creation, otherwise null
 */
public record ExecutionResult(Status status, HaltReason haltReason, long gasUsed, long gasRefund, byte[] output,
                              List<Log> logs, Address createdAddress) {
    public enum Status { SUCCESS, REVERT, HALT }

    public boolean isSuccess() {
        return status == Status.SUCCESS;
    }
}
