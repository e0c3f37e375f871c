package io.kona4j.consensus;

/** A well-formed transaction that breaks a validity rule (signature, chain id, intrinsic gas, fork, limits). */
public final class InvalidTransactionException extends ConsensusException {
    public InvalidTransactionException(String message) {
        super(message);
    }
}
