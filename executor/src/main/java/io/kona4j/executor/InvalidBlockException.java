package io.kona4j.executor;

/**
 * The payload attributes cannot produce a valid block: a transaction fails validation (bad signature or nonce,
 * insufficient funds, unsupported type, block gas or DA footprint exceeded, …) or the attributes themselves are
 * unusable. Nothing is built; PROTOCOL.md §2.6 says what the driver does next (drop the payload before Holocene,
 * rebuild it deposit-only from Holocene).
 */
public final class InvalidBlockException extends ExecutorException {
    private final int transactionIndex;

    /** A transaction at {@code transactionIndex} of the payload made the block invalid. */
    public InvalidBlockException(int transactionIndex, String reason) {
        super("invalid block: transaction " + transactionIndex + " " + reason);
        this.transactionIndex = transactionIndex;
    }

    /** The attributes are invalid as a whole (not because of one transaction). */
    public InvalidBlockException(String reason) {
        super("invalid block: " + reason);
        this.transactionIndex = -1;
    }

    /** The index in the payload of the transaction at fault, or -1 when no single transaction is. */
    public int transactionIndex() {
        return transactionIndex;
    }

    /** Whether a deposit-only rebuild can help: the fault lies with a transaction. */
    public boolean isTransactionFault() {
        return transactionIndex >= 0;
    }
}
