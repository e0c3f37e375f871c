package io.kona4j.consensus;

/** Root of the consensus module's errors: bytes that are not a valid header, transaction, receipt or block. */
public class ConsensusException extends RuntimeException {
    public ConsensusException(String message) {
        super(message);
    }

    public ConsensusException(String message, Throwable cause) {
        super(message, cause);
    }
}
