package io.kona4j.evm;

/**
 * A transaction that cannot be executed at all (a "non-EVM error" in OP terms, PROTOCOL.md §2.1): wrong nonce,
 * funds short of the upfront cost, intrinsic gas or EIP-7623 floor above the gas limit, fee below the base fee, a
 * sender with code. When this is thrown nothing in the state has changed.
 */
public class TransactionRejectedException extends EvmException {
    public TransactionRejectedException(String message) {
        super(message);
    }
}
