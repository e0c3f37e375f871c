package io.kona4j.derive.sources;

import io.kona4j.consensus.InvalidTransactionException;
import io.kona4j.consensus.SignedTransaction;
import io.kona4j.consensus.Transaction;
import io.kona4j.consensus.LegacyTransaction;
import io.kona4j.crypto.CryptoException;
import io.kona4j.primitives.Address;

/**
 * Batcher transaction filtering (PROTOCOL.md §1.3, op-node {@code isValidBatchTx}): sent to the batch inbox and
 * signed by the batcher. The receipt status is not looked at, so a reverted batcher transaction still counts.
 * Signatures for another chain than the L1 (EIP-155 or typed chain id) do not recover, as with op-node's signer.
 * Every signed type counts, set-code (type 4) included, as op-node's latest L1 signer accepts it; kona skips type 4
 * (PROTOCOL.md §1.3). Deposits never appear on L1.
 */
public final class BatcherTransactions {
    private BatcherTransactions() {}

    public static boolean isBatcherTransaction(Transaction tx, Address batchInbox, Address batcher, long l1ChainId) {
        if (!(tx instanceof SignedTransaction st) || tx.to() == null || !tx.to().equals(batchInbox)) return false;
        boolean protectedTx = !(st instanceof LegacyTransaction lt) || lt.isProtected();
        if (protectedTx && st.chainId() != l1ChainId) return false;
        try {
            return st.sender().equals(batcher);
        } catch (InvalidTransactionException | CryptoException e) {
            return false;
        }
    }
}
